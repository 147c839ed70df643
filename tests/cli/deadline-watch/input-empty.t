Empty input, a header alone or an empty YAML stream: nothing to report.
@@ file empty.csv
@@ file header.csv
case,regime,start
@@ file empty.yaml
# nothing here
---
@@ run
deadline-watch --today 2026-11-22 empty.csv header.csv empty.yaml < /dev/null; echo "exit $?"; deadline-watch -v --today 2026-11-22 < /dev/null; echo "exit $?"
@@ stdout
exit 0
exit 0
@@ stderr
deadline-watch: case records: 0 read, 0 used, 0 rejected
