A key given twice in one mapping is an error.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-01-01
regime: se-pa
@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: c.yaml:4: key 'regime' appears twice (first at line 2)
deadline-watch: case records: 1 read, 0 used, 1 rejected
