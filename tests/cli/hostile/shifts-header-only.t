A timesheet with only its header.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ printf s.csv
case,staff,date,start,end,kind,hours\n
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
exit 0
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: shifts: 0 read, 0 used, 0 rejected
