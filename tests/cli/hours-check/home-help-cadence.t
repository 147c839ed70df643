Danish home help by cadence: a case with a service given every 14 days is
judged over fortnights from its decision, one given every month over
calendar months, so a visit is no over-use in the week it falls in (it
was "0.50 h over" every other week); services by the week keep ISO weeks
with no carry-over.  Over-use within the interval is still an error.
@@ file c.yaml
case: D-1
regime: dk-hh
start: 2026-01-05
decisions:
  - id: V-1
    from: 2026-01-05
    services: [{service: cleaning, every: 14d, minutes: 60}]
---
case: D-2
regime: dk-hh
start: 2026-01-05
decisions:
  - id: V-2
    from: 2026-01-05
    services: [{service: cleaning, every: 1m, minutes: 120}]
---
case: D-3
regime: dk-hh
start: 2026-01-05
decisions:
  - id: V-3
    from: 2026-01-05
    services: [{service: personal-care, per_week: 2, minutes: 30}]
@@ file s.csv
case,staff,date,start,end
D-1,H-1,2026-01-06,09:00,10:00
D-1,H-1,2026-01-20,09:00,10:00
D-1,H-1,2026-02-03,09:00,10:30
D-2,H-2,2026-02-10,09:00,11:00
D-2,H-2,2026-03-03,09:00,11:00
D-2,H-2,2026-04-07,09:00,12:00
D-3,H-3,2026-01-06,09:00,10:00
D-3,H-3,2026-01-13,09:00,10:30
@@ run
hours-check --today 2026-11-22 -l error -c c.yaml s.csv; hours-check -s -o csv --today 2026-11-22 -c c.yaml s.csv
@@ stdout
c.yaml:1: D-1: error: hours.granted: used 1.50 h of 1.00 h granted in 2026-02-02..2026-02-15: 0.50 h over
c.yaml:9: D-2: error: hours.granted: used 3.00 h of 2.00 h granted in 2026-04-01..2026-04-30: 1.00 h over
c.yaml:17: D-3: error: hours.granted: used 1.50 h of 1.00 h granted in 2026-01-12..2026-01-18: 0.50 h over
case,period_start,period_end,granted_hours,used_hours,remaining_hours,billable_hours,amount
D-1,2026-01-05,2026-01-18,1.00,1.00,0.00,1.00,
D-1,2026-01-19,2026-02-01,1.00,1.00,0.00,1.00,
D-1,2026-02-02,2026-02-15,1.00,1.50,-0.50,1.00,
D-2,2026-02-01,2026-02-28,2.00,2.00,0.00,2.00,
D-2,2026-03-01,2026-03-31,2.00,2.00,0.00,2.00,
D-2,2026-04-01,2026-04-30,2.00,3.00,-1.00,2.00,
D-3,2026-01-05,2026-01-11,1.00,1.00,0.00,1.00,
D-3,2026-01-12,2026-01-18,1.00,1.50,-0.50,1.00,
