Billable hours leave out every hour a finding says is not paid: a night
shift is judged day by day, so one that runs past the decision's last day
(or begins before the service start) is billed only for its covered
part; a shift more than four weeks into a hospital stay, which FK does
not pay, is not billed; one in the first four weeks, which FK pays for
special reasons, is.  Billable here: 33 h used, less 2 h before the
start, 4 h in hospital past four weeks and 7 h after the decision.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-01-05
decisions: [{id: D-1, from: 2026-01-01, to: 2026-06-30, hours_per_week: 40}]
events:
  - {type: absence, reason: hospital, from: 2026-03-01, to: 2026-04-30}
@@ file s.csv
case,staff,date,start,end
K-1,S-1,2026-01-04,22:00,06:00
K-1,S-1,2026-02-10,08:00,16:00
K-1,S-1,2026-03-10,08:00,12:00
K-1,S-1,2026-04-10,08:00,12:00
K-1,S-1,2026-06-30,22:00,07:00
K-1,S-1,2026-07-01,22:00,07:00
@@ run
hours-check --today 2026-11-22 -l error -c c.yaml s.csv; hours-check -s -o csv --today 2026-11-22 -c c.yaml s.csv
@@ stdout
s.csv:2: K-1: error: hours.outside-decision: shift 2026-01-04 22:00 (8.00 h) has 2.00 h before the service start: those hours are not billable
s.csv:5: K-1: error: hours.hospital: shift 2026-04-10 08:00 more than 4w into the client's hospital stay from 2026-03-01: FK does not pay it
s.csv:6: K-1: error: hours.outside-decision: shift 2026-06-30 22:00 (9.00 h) has 7.00 h outside every decision: those hours are not billable
s.csv:7: K-1: error: hours.outside-decision: shift 2026-07-01 22:00 (9.00 h) is outside every decision: not billable
c.yaml:1: K-1: error: hours.granted: used 9.00 h of 0.00 h granted in 2026-07-01..2026-12-31: 9.00 h over
case,period_start,period_end,granted_hours,used_hours,remaining_hours,billable_hours,amount
K-1,2026-01-01,2026-06-30,1011.43,33.00,978.43,20.00,
K-1,2026-07-01,2026-12-31,0.00,9.00,-9.00,0.00,0.00
