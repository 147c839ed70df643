A YAML file with a byte that is not UTF-8 is refused whole, once, with
the byte's line; nothing crashes.
@@ printf c.yaml
case: K-1\nregime: se-dv\nstart: 2026-01-01\n---\ncase: K-2\200\nregime: se-dv\n
@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
exit 2
@@ stderr
deadline-watch: c.yaml:5: not UTF-8 (byte 0x80); if the file is Windows-1252, as Excel saves it, use --encoding cp1252
deadline-watch: case records: 0 read, 0 used, 0 rejected
