Dates that do not exist or are before 1900 are errors with their lines.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,reason,replaces\nK-1,V-1,cleaning,2026-13-02T09:00,2026-13-02T10:00,H-1,delivered,,\nK-1,V-2,cleaning,0000-01-01T09:00,0000-01-01T10:00,H-1,delivered,,\nK-1,V-3,cleaning,2026-02-30T09:00,2026-02-30T10:00,H-1,delivered,,\nK-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered,,\n
@@ run
visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
visit-compliance: 3 visits of v.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:2: planned_start: invalid date-time '2026-13-02T09:00' (no such day or time)
visit-compliance: v.csv:3: planned_start: invalid date-time '0000-01-01T09:00' (year outside 1900-9999)
visit-compliance: v.csv:4: planned_start: invalid date-time '2026-02-30T09:00' (no such day or time)
visit-compliance: visits: 4 read, 1 used, 3 rejected
