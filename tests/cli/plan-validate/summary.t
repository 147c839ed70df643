-s: per regime and rule, how many cases pass and fail (an info finding is
not a failure), as a table, CSV or JSON; the exit status still says
whether anything was found.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-01-01
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01}]
plan: {established: 2026-01-10, participated: true, support_persons: [S-1], what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-2
regime: se-dv
start: 2026-01-01
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01}]
plan: {established: 2026-02-10, participated: true, support_persons: [S-1], what: a, who: b, when: c, where: d, how: e}
---
case: K-3
regime: dk-hh
start: 2026-01-01
workenv_assessed: 2026-01-20
decisions: [{id: D-1, from: 2026-01-01}]
@@ run
plan-validate -s --today 2026-11-22 c.yaml; echo "exit $?"; plan-validate -s -o csv --today 2026-11-22 c.yaml; plan-validate -s -o json --today 2026-11-22 c.yaml | head -2
@@ stdout
regime rule                          cases passed failed
se-dv  plan.elements                     2      1      1
se-dv  plan.participation                2      2      0
se-dv  plan.initial                      2      1      1
se-dv  plan.followup                     2      2      0
se-dv  plan.support-persons              2      2      0
se-dv  plan.support-not-guardian         2      2      0
se-dv  decision.in-force                 2      2      0
se-dv  data.personal-id                  2      2      0
se-dv  decision.expiry                   2      2      0
se-dv  absence.notify                    2      2      0
se-dv  dv.summary                        2      0      2
se-dv  complaint.response                2      2      0
dk-hh  workenv.apv                       1      1      0
dk-hh  decision.in-force                 1      1      0
dk-hh  data.personal-id                  1      1      0
dk-hh  decision.expiry                   1      1      0
dk-hh  application.contact               1      1      0
dk-hh  application.decision              1      1      0
dk-hh  decision.appeal-window            1      1      0
dk-hh  provider.start                    1      1      0
dk-hh  provider.change                   1      1      0
dk-hh  complaint.response                1      1      0
exit 0
regime,rule,cases,passed,failed
se-dv,plan.elements,2,1,1
se-dv,plan.participation,2,2,0
se-dv,plan.initial,2,1,1
se-dv,plan.followup,2,2,0
se-dv,plan.support-persons,2,2,0
se-dv,plan.support-not-guardian,2,2,0
se-dv,decision.in-force,2,2,0
se-dv,data.personal-id,2,2,0
se-dv,decision.expiry,2,2,0
se-dv,absence.notify,2,2,0
se-dv,dv.summary,2,0,2
se-dv,complaint.response,2,2,0
dk-hh,workenv.apv,1,1,0
dk-hh,decision.in-force,1,1,0
dk-hh,data.personal-id,1,1,0
dk-hh,decision.expiry,1,1,0
dk-hh,application.contact,1,1,0
dk-hh,application.decision,1,1,0
dk-hh,decision.appeal-window,1,1,0
dk-hh,provider.start,1,1,0
dk-hh,provider.change,1,1,0
dk-hh,complaint.response,1,1,0
{"regime":"se-dv","rule":"plan.elements","cases":2,"passed":1,"failed":1}
{"regime":"se-dv","rule":"plan.participation","cases":2,"passed":2,"failed":0}
