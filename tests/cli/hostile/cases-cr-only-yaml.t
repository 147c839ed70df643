A YAML file with CR-only line ends reads as lines.
@@ printf c.yaml
case: K-1\rregime: se-dv\rstart: 2026-01-01\rbogus: 1\r
@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: c.yaml:4: unknown field 'bogus' in case
deadline-watch: case records: 1 read, 0 used, 1 rejected
