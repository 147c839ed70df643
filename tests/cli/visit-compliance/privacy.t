privacy.ids: nothing shaped like a personal identity number is printed.  A
visit, staff or case id shaped like one is refused as an id, with its
file and line, without being echoed.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status
K-1,19121212-1212,cleaning,2026-03-07T09:00,2026-03-07T10:00,,,H-1,delivered
K-1,V-2,cleaning,2026-03-09T09:00,2026-03-09T10:00,,,121212-1212,delivered
121212-1212,V-3,cleaning,2026-03-09T09:00,2026-03-09T10:00,,,H-1,delivered
121212-1212,V-4,cleaning,2026-03-10T09:00,2026-03-10T10:00,,,H-1,delivered
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"
@@ stdout
visit-compliance: 4 visits of v.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
visit-compliance: v.csv:2: visit: not a usable id (shaped like a personal identity number)
visit-compliance: v.csv:3: staff: not a usable id (too long, control characters, or shaped like a personal identity number)
visit-compliance: v.csv:4: case: not a usable case id (shaped like a personal identity number); its visits are left out
visit-compliance: v.csv: 1 more visit of unknown case '[redacted]' left out
