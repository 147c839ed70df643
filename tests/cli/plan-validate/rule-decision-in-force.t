decision.in-force: a decision ending before it starts; two regular
decisions at once (a temporary one on top is fine); a start or a plan
outside every decision (a plan counts from the day the decision was made).
@@ file c.yaml
case: K-1
regime: dk-hh
decisions: [{id: D-1, from: 2026-01-01, to: 2027-12-31}]
start: 2026-02-01
workenv_assessed: 2026-02-01
---
case: K-2
regime: dk-hh
start: 2026-02-01
workenv_assessed: 2026-02-01
decisions:
  - {id: D-1, from: 2026-03-01, to: 2026-02-01}
  - {id: D-2, from: 2026-01-01, to: 2026-06-30}
  - {id: D-3, from: 2026-06-01}
  - {id: T-1, from: 2026-05-01, to: 2026-05-31, temporary: true}
---
case: K-3
regime: dk-hh
start: 2026-02-01
workenv_assessed: 2026-02-01
---
case: K-4
regime: se-dv
decisions: [{id: D-1, from: 2026-01-01, to: 2027-12-31}]
plan: {established: 2025-12-20, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: K-5
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
plan: {established: 2025-12-20, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
@@ run
plan-validate --today 2026-11-22 c.yaml
@@ stdout
c.yaml:12: K-2: error: decision.in-force: decision D-1 ends 2026-02-01, before it starts 2026-03-01
c.yaml:14: K-2: error: decision.in-force: decisions D-2 and D-3 overlap from 2026-06-01 to 2026-06-30
c.yaml:19: K-3: error: decision.in-force: the service start 2026-02-01 is within no decision (none is recorded)
c.yaml:25: K-4: error: decision.in-force: the plan established 2025-12-20 is within no decision (from the day it was decided to its end)
@@ status 1
