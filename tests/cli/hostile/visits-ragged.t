Visits with too few or too many fields are reported.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,reason,replaces\nK-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered,,\nK-1,V-2,cleaning\nK-1,V-3,cleaning,2026-03-04T09:00,2026-03-04T10:00,H-1,delivered,,,,\n
@@ run
visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
visit-compliance: 2 visits of v.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:3: 3 fields, the header has 9
visit-compliance: v.csv:4: 11 fields, the header has 9
visit-compliance: visits: 3 read, 1 used, 2 rejected
