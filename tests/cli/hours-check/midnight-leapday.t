A shift ending at midnight is written 24:00 or 00:00 (the next day); a
shift on the leap day counts in February; a night shift counts in the
period of the day it starts.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2024-01-01
decisions: [{id: D-1, from: 2024-01-01, to: 2024-12-31, hours_per_week: 7}]
@@ file s.csv
case,staff,date,start,end
K-1,S-1,2024-02-28,16:00,24:00
K-1,S-2,2024-02-29,16:00,00:00
K-1,S-1,2024-02-29,23:00,01:00
K-1,S-2,2024-03-01,08:00,12:00
@@ run
hours-check --today 2024-12-31 -s -o csv -c c.yaml s.csv
@@ stdout
case,period_start,period_end,granted_hours,used_hours,remaining_hours,billable_hours,amount
K-1,2024-02-01,2024-02-29,29.00,18.00,11.00,18.00,
K-1,2024-03-01,2024-03-31,31.00,4.00,27.00,4.00,
