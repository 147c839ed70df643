A profile with an error stops the run before any record is read.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-01
@@ file p.yaml
regime: se-dv
rules:
  plan.initial: {withn: 7d}
  absense.notify: off
@@ run
deadline-watch --today 2026-11-22 -p p.yaml c.yaml; echo "exit $?"; deadline-watch --today 2026-11-22 -p se-xx c.yaml; echo "exit $?"; deadline-watch --today 2026-11-22 -p nothere.yaml c.yaml; echo "exit $?"
@@ stdout
exit 2
exit 2
exit 2
@@ stderr
deadline-watch: p.yaml:3: plan.initial: unknown parameter 'withn'; did you mean 'within'?
deadline-watch: p.yaml:4: unknown rule 'absense.notify'; did you mean 'absence.notify'?
deadline-watch: unknown profile 'se-xx' (built-in: se-pa, se-dv, dk-hh, dk-hp; or a file name)
deadline-watch: nothere.yaml: No such file or directory
