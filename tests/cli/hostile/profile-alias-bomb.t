A profile file with aliases stops the run before any record is read.
@@ file c.yaml
case: K-1
regime: se-dv
@@ file p.yaml
x: &a [1, 2, 3]
y: [*a, *a, *a]
rules: {}
@@ run
deadline-watch -v --today 2026-11-22 -p p.yaml c.yaml; echo "exit $?"
@@ stdout
exit 2
@@ stderr
deadline-watch: p.yaml:2: aliases (*name) are not supported
deadline-watch: case records: 0 read, 0 used, 0 rejected
