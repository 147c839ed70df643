plan.elements: each of what, who, when, where, how and why missing or
blank is reported by name; a complete plan is silent.  The manual's
pipeline lists the cases whose plan lacks a why.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
plan: {participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-2
regime: se-dv
plan:
  participated: true
  support_persons: [S-1]
  what: Work in the café
  who: "  "
  when: Mondays
  where: The café
  how: With picture support
---
case: K-3
regime: dk-hh
plan: {what: x}
@@ run
plan-validate --today 2026-11-22 c.yaml; echo "exit $?"; plan-validate --today 2026-11-22 -o csv c.yaml | awk -F, '$5 == "plan.elements" && /lacks .why/ { print $3 }'
@@ stdout
c.yaml:8: K-2: error: plan.elements: plan lacks 'who' (who does it)
c.yaml:8: K-2: error: plan.elements: plan lacks 'why' (the goal it serves)
exit 1
K-2
