Danish home help: grants from hours_per_week (per ISO week) or the
services' minutes and frequency, over periods as long as the longest
interval (cleaning every 14 days for 60 minutes and personal care 7 times
a week for 30 minutes is 8 h a fortnight from the decision).
staff.unskilled: unskilled staff never do more than 10% of the hours nor
make up more than half of the staff (the roster tells), in each calendar
year, an error (here a partial figure: the file has two days of the
year); staff not in the roster are named.  hours.average-visited: the average grant per recipient against
3.0-3.5 h a week.  hours.private-helper: more than 20 h a week.
@@ file c.yaml
case: D-1
regime: dk-hh
start: 2026-01-01
decisions:
  - id: V-1
    from: 2026-01-01
    services:
      - {service: cleaning, every: 14d, minutes: 60}
      - {service: personal-care, per_week: 7, minutes: 30}
---
case: D-2
regime: dk-hh
start: 2026-01-01
decisions: [{id: V-2, from: 2026-01-01, hours_per_week: 22}]
@@ file roster.csv
staff,qualified,employment
H-1,true,permanent
H-2,false,temporary
H-3,false,hourly
@@ file s.csv
case,staff,date,start,end
D-1,H-1,2026-03-02,08:00,12:00
D-1,H-2,2026-03-03,08:00,09:00
D-2,H-1,2026-03-02,13:00,17:00
D-2,H-3,2026-03-03,13:00,14:00
D-2,H-9,2026-03-04,13:00,14:00
@@ run
hours-check --today 2026-11-22 --staff roster.csv -c c.yaml s.csv; hours-check --today 2026-11-22 -s -o csv -c c.yaml s.csv
@@ stdout
c.yaml:1: D-1: info: hours.granted: used 5.00 h of 8.00 h granted in 2026-02-26..2026-03-11 (62%)
c.yaml:11: D-2: info: hours.private-helper: 22.00 h a week granted: the client may choose a cash subsidy and hire their own helpers
c.yaml:11: D-2: info: hours.granted: used 6.00 h of 22.00 h granted in 2026-03-02..2026-03-08 (27%)
s.csv:6: D-2: warning: staff.unskilled: H-9 is not in the staff roster: qualification unknown
roster.csv:1: *: error: staff.unskilled: in 2026 unskilled staff work 20.0% of the hours (2.00 of 10.00 h; at most 10%; a partial figure: the file has 2026-03-02..2026-03-03 of the year)
roster.csv:1: *: error: staff.unskilled: in 2026 2 of 3 staff are unskilled (66.7%; at most 50%; a partial figure: the file has 2026-03-02..2026-03-03 of the year)
s.csv:1: *: info: hours.average-visited: on average 13.00 h a week granted per recipient over 2 dk-hh recipients (target 3.0-3.5 h)
case,period_start,period_end,granted_hours,used_hours,remaining_hours,billable_hours,amount
D-1,2026-02-26,2026-03-11,8.00,5.00,3.00,5.00,
D-2,2026-03-02,2026-03-08,22.00,6.00,16.00,6.00,
