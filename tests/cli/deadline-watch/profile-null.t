A parameter the built-in profile sets cannot be unset with null (the rule
would have no number to work with): switch the rule off instead.  One the
built-in profile leaves unset, such as complaint.response's within, may
stay null.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-01
@@ file p.yaml
rules:
  plan.initial: {within: null}
  complaint.response: {within: null}
@@ file off.yaml
rules:
  plan.initial: off
@@ run
deadline-watch --today 2026-11-22 -p p.yaml c.yaml; echo "exit $?"; deadline-watch --today 2026-11-22 -p off.yaml c.yaml; echo "exit $?"
@@ stdout
exit 2
exit 0
@@ stderr
deadline-watch: p.yaml:2: plan.initial: within cannot be null; switch the rule off instead (plan.initial: off)
