plan.initial (se-dv): within 14 days of the start.  Started 1 January:
established on 15 January (14 days) is in time, on 16 January a day late;
none at all by 22 November is an error.
@@ file c.yaml
case: K-1
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
start: 2026-01-01
plan: {established: 2026-01-15, followups: [2026-10-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: K-2
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
start: 2026-01-01
plan: {established: 2026-01-16, followups: [2026-10-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: K-3
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
start: 2026-01-01
plan: {participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
@@ run
plan-validate --today 2026-11-22 c.yaml > out; echo "exit $?"; grep -v -e dv.summary -e fk.report out
@@ stdout
exit 1
c.yaml:11: K-2: warning: plan.initial: implementation plan (genomförandeplan) on 2026-01-16, 1 day late (due 2026-01-15, 14 days after the start on 2026-01-01)
c.yaml:16: K-3: error: plan.initial: no implementation plan (genomförandeplan); it was due 2026-01-15 (14 days after the start on 2026-01-01)
