plan.schedule-before-start and workenv.before-start (se-pa, by the start)
and workenv.apv (dk-hh, within a month of the start: 31 October + 1 month
is 30 November).
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-15
schedule_agreed: 2026-01-16
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-15, to: 2027-12-31}]
plan: {established: 2026-01-10, followups: [2026-07-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-2
regime: dk-hh
decisions: [{id: D-1, from: 2026-01-01, to: 2027-12-31}]
start: 2026-01-31
workenv_assessed: 2026-03-01
---
case: K-3
regime: dk-hh
decisions: [{id: D-1, from: 2026-01-01, to: 2027-12-31}]
start: 2026-01-31
workenv_assessed: 2026-02-28
---
case: K-4
regime: dk-hh
decisions: [{id: D-1, from: 2026-01-01, to: 2027-12-31}]
start: 2026-10-31
---
case: K-5
regime: dk-hh
decisions: [{id: D-1, from: 2026-01-01, to: 2027-12-31}]
start: 2026-10-21
@@ run
plan-validate --today 2026-11-22 c.yaml
@@ stdout
c.yaml:5: K-1: warning: plan.schedule-before-start: agreed schedule on 2026-01-16, 1 day late (due 2026-01-15, by the start on 2026-01-15)
c.yaml:4: K-1: error: workenv.before-start: no work-environment survey; it was due 2026-01-15 (by the start on 2026-01-15)
c.yaml:13: K-2: warning: workenv.apv: workplace assessment (APV) on 2026-03-01, 1 day late (due 2026-02-28, 1 month after the start on 2026-01-31)
c.yaml:29: K-5: error: workenv.apv: no workplace assessment (APV); it was due 2026-11-21 (1 month after the start on 2026-10-21)
@@ status 1
