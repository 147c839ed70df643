roll_forward over the history: plan.initial 14 days after a start on
5 June 2026 falls on midsommarafton and is due Monday 22 June; after a
start on 23 March it falls on Easter Monday and is due Tuesday 7 April.
A plan made on that next working day is in time (K-1, K-3); a day after
is a day late (K-2, K-4), and none at all is missing (K-5).  With
roll_forward off the plans of 22 June and 7 April are late from the
holiday.
@@ file c.yaml
case: K-1
regime: se-dv
decisions: [{id: D-1, decided: 2026-01-01, from: 2026-01-01, to: 2027-12-31}]
start: 2026-06-05
plan: {established: 2026-06-22, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: K-2
regime: se-dv
decisions: [{id: D-1, decided: 2026-01-01, from: 2026-01-01, to: 2027-12-31}]
start: 2026-06-05
plan: {established: 2026-06-23, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: K-3
regime: se-dv
decisions: [{id: D-1, decided: 2026-01-01, from: 2026-01-01, to: 2027-12-31}]
start: 2026-03-23
plan: {established: 2026-04-07, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: K-4
regime: se-dv
decisions: [{id: D-1, decided: 2026-01-01, from: 2026-01-01, to: 2027-12-31}]
start: 2026-03-23
plan: {established: 2026-04-08, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: K-5
regime: se-dv
decisions: [{id: D-1, decided: 2026-01-01, from: 2026-01-01, to: 2027-12-31}]
start: 2026-06-05
@@ file off.yaml
regime: se-dv
rules:
  plan.initial: {roll_forward: off}
@@ run
plan-validate --today 2026-11-22 c.yaml; echo ---; plan-validate --today 2026-11-22 -p off.yaml c.yaml
@@ stdout
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
c.yaml:11: K-2: warning: plan.initial: implementation plan (genomförandeplan) on 2026-06-23, 1 day late (due 2026-06-22: 14 days after the start on 2026-06-05 is 2026-06-19, not a working day)
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-03 was due 2026-04-14 and is not recorded as done, 222 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-04 was due 2026-05-15 and is not recorded as done, 191 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-05 was due 2026-06-15 and is not recorded as done, 160 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
c.yaml:23: K-4: warning: plan.initial: implementation plan (genomförandeplan) on 2026-04-08, 1 day late (due 2026-04-07: 14 days after the start on 2026-03-23 is 2026-04-06, not a working day)
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-03 was due 2026-04-14 and is not recorded as done, 222 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-04 was due 2026-05-15 and is not recorded as done, 191 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-05 was due 2026-06-15 and is not recorded as done, 160 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
c.yaml:28: K-5: error: plan.initial: no implementation plan (genomförandeplan); it was due 2026-06-22 (14 days after the start on 2026-06-05 is 2026-06-19, not a working day)
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
---
c.yaml:5: K-1: warning: plan.initial: implementation plan (genomförandeplan) on 2026-06-22, 3 days late (due 2026-06-19, 14 days after the start on 2026-06-05)
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
c.yaml:11: K-2: warning: plan.initial: implementation plan (genomförandeplan) on 2026-06-23, 4 days late (due 2026-06-19, 14 days after the start on 2026-06-05)
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:7: K-2: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
c.yaml:17: K-3: warning: plan.initial: implementation plan (genomförandeplan) on 2026-04-07, 1 day late (due 2026-04-06, 14 days after the start on 2026-03-23)
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-03 was due 2026-04-14 and is not recorded as done, 222 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-04 was due 2026-05-15 and is not recorded as done, 191 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-05 was due 2026-06-15 and is not recorded as done, 160 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:13: K-3: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
c.yaml:23: K-4: warning: plan.initial: implementation plan (genomförandeplan) on 2026-04-08, 2 days late (due 2026-04-06, 14 days after the start on 2026-03-23)
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-03 was due 2026-04-14 and is not recorded as done, 222 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-04 was due 2026-05-15 and is not recorded as done, 191 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-05 was due 2026-06-15 and is not recorded as done, 160 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:19: K-4: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
c.yaml:28: K-5: error: plan.initial: no implementation plan (genomförandeplan); it was due 2026-06-19 (14 days after the start on 2026-06-05)
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:25: K-5: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
@@ status 1
