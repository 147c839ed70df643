A visit with bytes that are not UTF-8 is left out with its line; the
rest is checked.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,reason,replaces\nK-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered,,\nK-1,V-2,clean\351,2026-03-03T09:00,2026-03-03T10:00,H-1,delivered,,\nK-1,V-3,cleaning,2026-03-07T09:00,2026-03-07T10:00,H-1,delivered,,\n
@@ run
visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:4: K-1: warning: visit.window: visit V-3 (cleaning) 2026-03-07 09:00-10:00 is on Saturday; practical help comes on working days 08:00-17:00
visit-compliance: 1 visit of v.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:3: field 3: invalid UTF-8
visit-compliance: visits: 3 read, 2 used, 1 rejected
