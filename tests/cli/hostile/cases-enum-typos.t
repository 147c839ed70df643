An unknown regime and a misspelt funder are reported with the nearest
word.
@@ file c.yaml
case: K-1
regime: se-xx
---
case: K-2
regime: se-pa
funder: fkk
start: 2026-01-01
@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
deadline-watch: 2 case records were refused (see above); these findings leave them out
exit 2
@@ stderr
deadline-watch: c.yaml:2: regime: unknown value 'se-xx'; did you mean 'se-pa'?
deadline-watch: c.yaml:6: funder: unknown value 'fkk'; did you mean 'fk'?
deadline-watch: case records: 2 read, 0 used, 2 rejected
