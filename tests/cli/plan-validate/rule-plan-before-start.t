plan.before-start (se-pa): established on or before the start is right;
after it, a warning with the days late; missing once the start has passed,
an error; missing before the start, nothing yet.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-15
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-15, to: 2027-12-31}]
plan: {established: 2026-01-15, followups: [2026-07-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-2
regime: se-pa
funder: municipality
start: 2026-01-15
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-15, to: 2027-12-31}]
plan: {established: 2026-01-20, followups: [2026-07-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-3
regime: se-pa
funder: municipality
start: 2026-11-21
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-15, to: 2027-12-31}]
plan: {participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-4
regime: se-pa
funder: municipality
start: 2026-11-22
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-11-22, to: 2027-12-31}]
plan: {participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
@@ run
plan-validate --today 2026-11-22 c.yaml
@@ stdout
c.yaml:17: K-2: warning: plan.before-start: implementation plan (genomförandeplan) on 2026-01-20, 5 days late (due 2026-01-15, by the start on 2026-01-15)
c.yaml:22: K-3: error: plan.before-start: no implementation plan (genomförandeplan); it was due 2026-11-21 (by the start on 2026-11-21)
@@ status 1
