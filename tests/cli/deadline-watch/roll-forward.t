roll_forward (lag 1930:173): a Swedish duty to act by a day that falls on
a non-working day is due the next working day.  plan.initial 14 days after
a start on 5 June 2026 falls on midsommarafton (Friday 19 June): due Monday
22 June; after a start on 23 March it falls on Easter Monday (6 April): due
Tuesday 7 April.  K-2 and K-4 made the plan on that next working day.  With
roll_forward off the due days stay where the count ends.  The before-start
rules never roll: a start on midsommarafton needs the plan that day.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-06-05
---
case: K-2
regime: se-dv
start: 2026-06-05
plan: {established: 2026-06-22}
---
case: K-3
regime: se-dv
start: 2026-03-23
---
case: K-4
regime: se-dv
start: 2026-03-23
plan: {established: 2026-04-07}
---
case: K-5
regime: se-pa
funder: municipality
start: 2026-06-19
workenv_assessed: 2026-06-01
@@ file off.yaml
regime: se-dv
rules:
  plan.initial: {roll_forward: off}
@@ run
deadline-watch -a -l info --today 2026-03-01 c.yaml | grep -v plan.followup; echo ---; deadline-watch -a --today 2026-03-01 -p off.yaml c.yaml | grep plan.initial
@@ stdout
c.yaml:3: K-1: info: plan.initial: later: implementation plan (genomförandeplan) within 14 days of the start on 2026-06-05 is due 2026-06-22, in 113 days
c.yaml:7: K-2: info: plan.initial: done: implementation plan (genomförandeplan) within 14 days of the start on 2026-06-05 is due 2026-06-22; planned for 2026-06-22
c.yaml:12: K-3: info: plan.initial: later: implementation plan (genomförandeplan) within 14 days of the start on 2026-03-23 is due 2026-04-07, in 37 days
c.yaml:16: K-4: info: plan.initial: done: implementation plan (genomförandeplan) within 14 days of the start on 2026-03-23 is due 2026-04-07; planned for 2026-04-07
c.yaml:22: K-5: info: plan.before-start: later: implementation plan (genomförandeplan) before the start on 2026-06-19 is due 2026-06-19, in 110 days
c.yaml:22: K-5: info: workenv.before-start: done: work-environment survey before the start on 2026-06-19 is due 2026-06-19; planned for 2026-06-01
---
c.yaml:3: K-1: info: plan.initial: later: implementation plan (genomförandeplan) within 14 days of the start on 2026-06-05 is due 2026-06-19, in 110 days
c.yaml:7: K-2: warning: plan.initial: late: implementation plan (genomförandeplan) within 14 days of the start on 2026-06-05 is due 2026-06-19; planned for 2026-06-22, 3 days late
c.yaml:12: K-3: info: plan.initial: later: implementation plan (genomförandeplan) within 14 days of the start on 2026-03-23 is due 2026-04-06, in 36 days
c.yaml:16: K-4: warning: plan.initial: late: implementation plan (genomförandeplan) within 14 days of the start on 2026-03-23 is due 2026-04-06; planned for 2026-04-07, 1 day late
