A visit log with a byte that is not UTF-8 is refused from that line on,
once, naming the way out; the visits before it are read.
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
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:3: not UTF-8 (byte 0xE9); if the file is Windows-1252, as Excel saves it, use --encoding cp1252
visit-compliance: visits: 1 read, 1 used, 0 rejected
