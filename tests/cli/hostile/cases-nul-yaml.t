A NUL byte in a YAML file is reported.
@@ printf c.yaml
case: K-1\nregime: se-dv\nstart: 2026-01-01\nnote: a\000b\n
@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: c.yaml:1: YAML: control characters are not allowed
deadline-watch: case records: 1 read, 0 used, 1 rejected
