A profile changes a rule's numbers or switches it off; -p with a built-in
name puts the defaults back.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-01
@@ file p.yaml
regime: se-dv
rules:
  plan.initial: {within: 30d}
@@ file off.yaml
rules:
  plan.initial: off
@@ run
deadline-watch --today 2026-11-22 -p p.yaml c.yaml; deadline-watch --today 2026-11-22 -p off.yaml c.yaml; echo "exit $?"; deadline-watch --today 2026-11-22 -p off.yaml -p se-dv c.yaml
@@ stdout
c.yaml:3: K-1: warning: plan.initial: implementation plan (genomförandeplan) within 30 days of the start on 2026-11-01 is due 2026-12-01, in 9 days
exit 0
c.yaml:3: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
@@ status 1
