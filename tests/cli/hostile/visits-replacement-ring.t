Two missed visits that name each other as replacements make nothing
good, and working that out does not loop.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,reason,replaces\nK-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,,missed-provider,,V-2\nK-1,V-2,cleaning,2026-03-03T09:00,2026-03-03T10:00,,missed-provider,,V-1\nK-1,V-3,cleaning,2026-03-20T09:00,2026-03-20T10:00,H-1,delivered,,\n
@@ run
visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:2: K-1: error: visit.replacement: cleaning visit V-1 of 2026-03-02, missed by the provider, was not replaced by 2026-03-09 (5 working days)
v.csv:3: K-1: error: visit.replacement: cleaning visit V-2 of 2026-03-03, missed by the provider, was not replaced by 2026-03-10 (5 working days)
exit 1
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 3 read, 3 used, 0 rejected
