plan.followup over the history.  K-1: exactly 6 months is in time.  K-2:
a day over is a warning.  K-3: 31 January + 6 months is 31 July.  K-4:
31 August + 6 months is 28 February.  K-5 (se-dv, 12 months): from the
leap day 2024-02-29 the follow-up is due 2025-02-28, so 1 March is a day
late; the next, due Sunday 1 March 2026, is moved to Monday (roll_forward)
and missing.  K-6: a follow-up before the plan.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-15
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-15, to: 2027-12-31}]
plan: {established: 2026-01-10, followups: [2026-07-10], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-2
regime: se-pa
funder: municipality
start: 2026-01-15
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-15, to: 2027-12-31}]
plan: {established: 2026-01-10, followups: [2026-07-11], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-3
regime: se-pa
funder: municipality
start: 2026-01-31
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-01-01, from: 2026-01-31, to: 2027-12-31}]
plan: {established: 2026-01-31, followups: [2026-07-31, 2026-08-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-4
regime: se-pa
funder: municipality
start: 2026-01-15
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-08-01, from: 2026-01-15, to: 2027-12-31}]
plan: {established: 2025-08-31, followups: [2026-02-28, 2026-08-28], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-5
regime: se-dv
decisions: [{id: D-1, decided: 2024-01-01, from: 2024-02-29, to: 2027-12-31}]
start: 2024-02-29
plan: {established: 2024-02-29, followups: [2025-03-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: K-6
regime: se-pa
funder: municipality
start: 2026-01-15
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-15, to: 2027-12-31}]
plan: {established: 2026-01-10, followups: [2026-01-05, 2026-07-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
@@ run
plan-validate --today 2026-11-22 c.yaml > out; echo "exit $?"; grep -v -e dv.summary -e fk.report out
@@ stdout
exit 1
c.yaml:17: K-2: warning: plan.followup: follow-up due 2026-07-10 (6 months after 2026-01-10) was done 2026-07-11, 1 day late
c.yaml:41: K-5: warning: plan.followup: follow-up due 2025-02-28 (12 months after 2024-02-29) was done 2025-03-01, 1 day late
c.yaml:41: K-5: error: plan.followup: follow-up due 2026-03-02 (12 months after 2025-03-01 is 2026-03-01, not a working day) is missing, 265 days overdue
c.yaml:50: K-6: error: plan.followup: follow-up on 2026-01-05 is before the plan was established on 2026-01-10
