A visit log with CR-only line ends reads, with the right line numbers.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,reason,replaces\rK-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered,,\rK-1,V-2,cleaning,2026-03-07T09:00,2026-03-07T10:00,H-1,delivered,,\r
@@ run
visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:3: K-1: warning: visit.window: visit V-2 (cleaning) 2026-03-07 09:00-10:00 is on Saturday; practical help comes on working days 08:00-17:00
exit 1
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 2 read, 2 used, 0 rejected
