A file that cannot be read is reported by name; the others are read.  A
directory stands for its case files (*.yaml, *.yml, in name order); one
with none is an error.
@@ file a.yaml
case: K-1
regime: se-dv
start: 2026-11-01
@@ run
deadline-watch --today 2026-11-22 missing.yaml a.yaml; echo "exit $?"; deadline-watch --today 2026-11-22 . ; echo "exit $?"; mkdir e; deadline-watch --today 2026-11-22 e; echo "exit $?"
@@ stdout
a.yaml:3: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
exit 2
./a.yaml:3: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
exit 1
exit 2
@@ stderr
deadline-watch: missing.yaml: No such file or directory
deadline-watch: e: no case files (*.yaml, *.yml) in the directory
