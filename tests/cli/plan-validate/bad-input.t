Bad records are reported with file:line and the exact problem, and left
out; the other cases are still checked and the exit status is 2.
@@ file c.yaml
case: K-1
regime: se-dv
decisions: [{id: D-1, from: 2026-01-01}]
plan: {established: 2026-01-10, participated: true, support_persons: [S-1], what: a, who: b, when: c, where: d, how: e, why: f, whom: g}
---
case: K-2
regime: se-dv
start: 2026-01-32
---
case: K-3
regime: se-dv
decisions: [{id: D-1, from: 2026-01-01}]
plan: {established: 2026-01-10, participated: yes, support_persons: [S-1], what: a, who: b, when: c, where: d, how: e}
---
case: K-3
regime: se-pa
@@ run
plan-validate --today 2026-11-22 c.yaml
@@ stdout
c.yaml:13: K-3: error: plan.elements: plan lacks 'why' (the goal it serves)
plan-validate: 3 case records were refused (see above); these findings leave them out
@@ stderr
plan-validate: c.yaml:15: duplicate case 'K-3' (first at c.yaml:10)
plan-validate: c.yaml:4: unknown field 'whom' in plan; did you mean 'who'?
plan-validate: c.yaml:8: start: invalid date '2026-01-32' (no such day or time)
@@ status 2
