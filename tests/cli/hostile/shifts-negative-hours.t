Negative stated hours are refused.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ printf s.csv
case,staff,date,start,end,kind,hours\nK-1,S-1,2026-03-02,08:00,16:00,active,-3\nK-1,S-1,2026-03-03,08:00,16:00,active,-0.5\n
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
hours-check: 2 shifts of s.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: hours: expected a number of hours such as 8.5 or 8,5, found '-3'
hours-check: s.csv:3: hours: expected a number of hours such as 8.5 or 8,5, found '-0.5'
hours-check: shifts: 2 read, 0 used, 2 rejected
