Misspelt status, service and reason are reported with the nearest word.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,reason,replaces\nK-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,deliverd,,\nK-1,V-2,claening,2026-03-03T09:00,2026-03-03T10:00,H-1,delivered,,\nK-1,V-3,cleaning,2026-03-04T09:00,2026-03-04T10:00,,client-absent,hopsital,\nK-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered,,\n
@@ run
visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
visit-compliance: 3 visits of v.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:2: status: unknown status 'deliverd'; did you mean 'delivered'?
visit-compliance: v.csv:3: service: unknown service 'claening'; did you mean 'cleaning'?
visit-compliance: v.csv:4: reason: unknown reason 'hopsital'; did you mean 'hospital'?
visit-compliance: visits: 4 read, 1 used, 3 rejected
