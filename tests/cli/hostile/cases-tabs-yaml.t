Tabs in YAML indentation are reported by the YAML reader.
@@ printf c.yaml
case: K-1\nregime: se-dv\nplan:\n\testablished: 2026-01-01\n
@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: c.yaml:4: YAML: found character that cannot start any token (while scanning for the next token at line 4)
deadline-watch: case records: 1 read, 0 used, 1 rejected
