-s: planned against delivered visits and minutes per case (a replacement
counts as delivered, not as planned; the visit it replaces stays
missed_provider), then per provider when the log names them; CSV and JSON
give one table, per case or with --by-provider per provider.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
---
case: K-2
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces,provider
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,2026-03-02T09:00,2026-03-02T09:50,H-1,delivered,,,,Syd
K-1,V-2,cleaning,2026-03-04T09:00,2026-03-04T10:00,,,,missed-provider,,yes,,Syd
K-1,V-3,cleaning,2026-03-05T09:00,2026-03-05T10:00,2026-03-05T09:00,2026-03-05T10:00,H-1,delivered,,,V-2,Syd
K-1,V-4,cleaning,2026-03-09T09:00,2026-03-09T10:00,,,,cancelled-client,,,,Syd
K-2,V-5,cleaning,2026-03-02T13:00,2026-03-02T13:45,,,H-2,delivered,,,,"Nord, privat"
@@ run
visit-compliance -s -c c.yaml v.csv; echo "exit $?"; visit-compliance -s -o csv -c c.yaml v.csv; visit-compliance -s --by-provider -o csv -c c.yaml v.csv; visit-compliance -s -o json -c c.yaml v.csv
@@ stdout
case          planned delivered  missed excused  plan min given min    given
K-1                 3         2       1       1       180       110    61.1%
K-2                 1         1       0       0        45        45   100.0%
total               4         3       1       1       225       155    68.9%

provider      planned delivered  missed excused  plan min given min    given
Nord, privat        1         1       0       0        45        45   100.0%
Syd                 3         2       1       1       180       110    61.1%
total               4         3       1       1       225       155    68.9%
exit 0
case,planned,delivered,missed_provider,excused,planned_minutes,delivered_minutes,delivered_percent
K-1,3,2,1,1,180,110,61.1
K-2,1,1,0,0,45,45,100.0
provider,planned,delivered,missed_provider,excused,planned_minutes,delivered_minutes,delivered_percent
"Nord, privat",1,1,0,0,45,45,100.0
Syd,3,2,1,1,180,110,61.1
{"case":"K-1","planned":3,"delivered":2,"missed_provider":1,"excused":1,"planned_minutes":180,"delivered_minutes":110,"delivered_percent":61.1}
{"case":"K-2","planned":1,"delivered":1,"missed_provider":0,"excused":0,"planned_minutes":45,"delivered_minutes":45,"delivered_percent":100.0}
