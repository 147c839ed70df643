privacy.ids: nothing shaped like a personal identity number is printed.  A
visit id may be any text, so one shaped like one is masked in messages; a
staff or case id shaped like one is rejected without being echoed.
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
v.csv:2: K-1: warning: visit.window: visit '[redacted]' (cleaning) 2026-03-07 09:00-10:00 is on Saturday; practical help comes on working days 08:00-17:00
visit-compliance: 3 visits of v.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
visit-compliance: v.csv:3: staff: not a usable id (too long, control characters, or shaped like a personal identity number)
visit-compliance: v.csv:4: unknown case '[redacted]' (no case record given with -c)
visit-compliance: v.csv: 1 more visit of unknown case '[redacted]' left out
