Stated hours that are not a sensible number (huge, exponent, NaN,
infinity) are refused.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ printf s.csv
case,staff,date,start,end,kind,hours\nK-1,S-1,2026-03-02,08:00,16:00,active,999999\nK-1,S-1,2026-03-03,08:00,16:00,active,1e308\nK-1,S-1,2026-03-04,08:00,16:00,active,nan\nK-1,S-1,2026-03-05,08:00,16:00,active,inf\nK-1,S-1,2026-03-06,08:00,16:00,active,8\n
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 8.00 h of 442.86 h granted in 2026-03-01..2026-03-31 (2%)
hours-check: 4 shifts of s.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: hours: expected a number of hours such as 8.5 or 8,5, found '999999'
hours-check: s.csv:3: hours: expected a number of hours such as 8.5 or 8,5, found '1e308'
hours-check: s.csv:4: hours: expected a number of hours such as 8.5 or 8,5, found 'nan'
hours-check: s.csv:5: hours: expected a number of hours such as 8.5 or 8,5, found 'inf'
hours-check: shifts: 5 read, 1 used, 4 rejected
