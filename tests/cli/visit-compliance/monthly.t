visit.frequency of a monthly service ("1 gang månedlig", 004 § 6.1): once
in each calendar month, not "never more than a month apart".  K-1 on the
30th, the 27th and the 31st of successive months keeps it; K-2 skips
February (the next visit due by the end of the month after the one
before); K-3 skips February away on respite the whole month (its 28 days
added to the time); K-4 has none after January up to the log's end.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: fridge-cleaning, every: 1m, minutes: 30}]}]
---
case: K-2
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: fridge-cleaning, every: 1m, minutes: 30}]}]
---
case: K-3
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-3, from: 2026-01-01, to: 2026-12-31, services: [{service: fridge-cleaning, every: 1m, minutes: 30}]}]
events: [{type: absence, from: 2026-02-01, to: 2026-02-28, reason: respite}]
---
case: K-4
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-4, from: 2026-01-01, to: 2026-12-31, services: [{service: fridge-cleaning, every: 1m, minutes: 30}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,staff,status
K-1,V-1,fridge-cleaning,2026-01-30T10:00,2026-01-30T10:30,H-1,delivered
K-1,V-2,fridge-cleaning,2026-02-27T10:00,2026-02-27T10:30,H-1,delivered
K-1,V-3,fridge-cleaning,2026-03-31T10:00,2026-03-31T10:30,H-1,delivered
K-2,V-1,fridge-cleaning,2026-01-30T10:00,2026-01-30T10:30,H-1,delivered
K-2,V-2,fridge-cleaning,2026-03-02T10:00,2026-03-02T10:30,H-1,delivered
K-3,V-1,fridge-cleaning,2026-01-30T10:00,2026-01-30T10:30,H-1,delivered
K-3,V-2,fridge-cleaning,2026-03-20T10:00,2026-03-20T10:30,H-1,delivered
K-4,V-1,fridge-cleaning,2026-01-05T10:00,2026-01-05T10:30,H-1,delivered
@@ run
visit-compliance -c c.yaml v.csv; echo "exit $?"
@@ stdout
c.yaml:9: K-2: error: visit.frequency: fridge-cleaning every 1 month under decision D-2: none from the visit of 2026-01-30 to the visit of 2026-03-02, due by 2026-02-28 (per calendar month)
c.yaml:20: K-4: error: visit.frequency: fridge-cleaning every 1 month under decision D-4: no visit after the visit of 2026-01-05, up to 2026-03-31 (end of the log)
exit 1
