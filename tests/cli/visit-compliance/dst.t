Visit minutes are elapsed time in the case's zone (Europe/Copenhagen for
dk-hh): a night visit 22:00-06:00 is 420 minutes across the spring change
(K-1) and 540 across the autumn one (K-2), planned and delivered.
visit.moved counts elapsed minutes too: 01:30 to 03:30 on the spring
night is 60 (in time); 02:15 (the first, in summer time) to 03:10 on the
autumn night is 115.  A time in the hour the clock skips is refused, the
rest still checked.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 480}]}]
---
case: K-2
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 480}]}]
---
case: K-3
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-3, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status
K-1,V-1,personal-care,2026-03-28T22:00,2026-03-29T06:00,2026-03-28T22:00,2026-03-29T06:00,H-1,delivered
K-2,V-2,personal-care,2026-10-24T22:00,2026-10-25T06:00,2026-10-24T22:00,2026-10-25T06:00,H-1,delivered
K-3,V-3,personal-care,2026-03-29T01:30,2026-03-29T01:45,2026-03-29T03:30,2026-03-29T03:45,H-1,delivered
K-3,V-4,personal-care,2026-10-25T02:15,2026-10-25T02:45,2026-10-25T03:10,2026-10-25T03:40,H-1,delivered
K-3,V-5,personal-care,2026-03-29T02:30,2026-03-29T03:30,,,H-1,delivered
K-3,V-6,personal-care,2026-03-29T04:00,2026-03-29T05:00,2026-03-29T01:00,2026-03-29T02:00,H-1,delivered
@@ run
visit-compliance -c c.yaml v.csv; echo "exit $?"; visit-compliance -s -o csv -c c.yaml v.csv 2>/dev/null; echo "exit $?"
@@ stdout
v.csv:5: K-3: warning: visit.moved: visit V-4 (personal-care) began 2026-10-25 03:10, 115 minutes after the agreed 2026-10-25 02:15, and the client was not phoned
visit-compliance: 2 visits of v.csv were refused (see above); these findings leave them out
exit 2
case,planned,delivered,missed_provider,excused,planned_minutes,delivered_minutes,delivered_percent
K-1,1,1,0,0,420,420,100.0
K-2,1,1,0,0,540,540,100.0
K-3,2,2,0,0,45,45,100.0
exit 2
@@ stderr
visit-compliance: v.csv:6: planned_start: 2026-03-29 02:30 does not exist in Europe/Copenhagen: the clock is put forward an hour that night
visit-compliance: v.csv:7: actual_end: 2026-03-29 02:00 does not exist in Europe/Copenhagen: the clock is put forward an hour that night
