An empty file holds no cases: nothing to report.
@@ file c.yaml
@@ printf cases.csv

@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"; deadline-watch -v --today 2026-11-22 cases.csv; echo "exit $?"
@@ stdout
exit 0
exit 0
@@ stderr
deadline-watch: case records: 0 read, 0 used, 0 rejected
deadline-watch: case records: 0 read, 0 used, 0 rejected
