An alias that refers to the node it is inside is refused.
@@ file c.yaml
case: K-1
regime: se-dv
x: &a [1, *a]
@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: c.yaml:3: aliases (*name) are not supported
deadline-watch: case records: 1 read, 0 used, 1 rejected
