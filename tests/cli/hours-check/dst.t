billing.dst: hours are elapsed time in Europe/Stockholm.  The night of the
change to summer time (2026-03-28) is 8 hours, the night back (2026-10-24)
10 hours; a stated 9 hours is wrong on both.  --fk-month shows the right
hours.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, hours_per_week: 40, double_staffing: true}]
@@ file s.csv
case,staff,date,start,end,kind,hours
K-1,S-1,2026-03-28,22:00,07:00,active,8
K-1,S-2,2026-03-29,22:00,07:00,active,9
K-1,S-1,2026-10-24,22:00,07:00,active,10
K-1,S-2,2026-10-25,22:00,07:00,active,9
K-1,S-2,2026-10-26,22:00,07:00,active,
K-1,S-3,2026-03-28,22:00,07:00,active,9
K-1,S-3,2026-10-24,22:00,07:00,active,9
@@ run
hours-check --today 2026-11-22 -l warning -c c.yaml s.csv; echo "exit $?"; hours-check --today 2026-11-22 -c c.yaml --fk-month 2026-10 s.csv
@@ stdout
c.yaml:1: K-1: warning: billing.fk: no FK hourly rate for 2026 in the profile (billing.fk rates): amounts for 2026 are left out
s.csv:7: K-1: error: billing.dst: shift 2026-03-28 22:00-07:00 is 8.00 h of elapsed time in Europe/Stockholm, not the 9.00 h stated (the clock changes that night)
s.csv:2: K-1: warning: worktime.daily-rest: S-1 works between 00:00 and 05:00 on 2026-03-29: the daily rest should include that time unless the work requires otherwise (ATL)
s.csv:7: K-1: warning: worktime.daily-rest: S-3 works between 00:00 and 05:00 on 2026-03-29: the daily rest should include that time unless the work requires otherwise (ATL)
s.csv:3: K-1: warning: worktime.daily-rest: S-2 works between 00:00 and 05:00 on 2026-03-30: the daily rest should include that time unless the work requires otherwise (ATL)
s.csv:8: K-1: error: billing.dst: shift 2026-10-24 22:00-07:00 is 10.00 h of elapsed time in Europe/Stockholm, not the 9.00 h stated (the clock changes that night)
s.csv:4: K-1: warning: worktime.daily-rest: S-1 works between 00:00 and 05:00 on 2026-10-25: the daily rest should include that time unless the work requires otherwise (ATL)
s.csv:8: K-1: warning: worktime.daily-rest: S-3 works between 00:00 and 05:00 on 2026-10-25: the daily rest should include that time unless the work requires otherwise (ATL)
s.csv:5: K-1: warning: worktime.daily-rest: S-2 works between 00:00 and 05:00 on 2 nights in 2026-10, the first 2026-10-26: the daily rest should include that time unless the work requires otherwise (ATL)
exit 1
Time report to Försäkringskassan, 2026-10

K-1
  S-1          2026-10-24  22:00  07:00    10.00  Tid
  S-1          total                       10.00
  S-2          2026-10-25  22:00  07:00     9.00  Tid
  S-2          2026-10-26  22:00  07:00     9.00  Tid
  S-2          total                       18.00
  S-3          2026-10-24  22:00  07:00    10.00  Tid
  S-3          total                       10.00
K-1          total                            38.00 h

