A misspelt kind is reported with the nearest one.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ printf s.csv
case,staff,date,start,end,kind,hours\nK-1,S-1,2026-03-02,08:00,16:00,actve,\nK-1,S-1,2026-03-03,08:00,16:00,on_call,\n
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
hours-check: 2 shifts of s.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: kind: unknown kind 'actve'; did you mean 'active'?
hours-check: s.csv:3: kind: unknown kind 'on_call'; did you mean 'on-call'?
hours-check: shifts: 2 read, 0 used, 2 rejected
