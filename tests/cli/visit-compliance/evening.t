visit.window: practical help in the evening of a working day is allowed
together with other help (004 § 11 "i aftentimerne i forbindelse med
anden hjælp"): personal care or a meal of the same case overlapping it or
within together_within (15min) of its evening part, by the actual times
when given.  Alone (V-1; K-2's personal care is another client), 16
minutes apart (V-6), on a Saturday (V-8) or in the morning (V-10) it is
still a warning; adjacent (V-2), 15 minutes apart (V-4, and V-14 by its
actual times) or overlapping a meal (V-12) it is not.  A profile with
together_within 0min takes only overlapping or adjacent help.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions:
  - id: D-1
    from: 2026-01-01
    to: 2026-12-31
    services:
      - {service: cleaning, minutes: 45}
      - {service: laundry, minutes: 30}
      - {service: shopping, minutes: 30}
      - {service: personal-care, minutes: 30}
      - {service: meal, minutes: 30}
---
case: K-2
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status
K-1,V-1,cleaning,2026-03-10T18:00,2026-03-10T18:45,,,H-1,delivered
K-1,V-2,cleaning,2026-03-11T18:00,2026-03-11T18:45,,,H-1,delivered
K-1,V-3,personal-care,2026-03-11T18:45,2026-03-11T19:15,,,H-1,delivered
K-1,V-4,laundry,2026-03-12T19:00,2026-03-12T19:30,,,H-1,delivered
K-1,V-5,personal-care,2026-03-12T19:45,2026-03-12T20:05,,,H-1,delivered
K-1,V-6,shopping,2026-03-13T17:30,2026-03-13T18:00,,,H-1,delivered
K-1,V-7,personal-care,2026-03-13T18:16,2026-03-13T18:40,,,H-1,delivered
K-1,V-8,cleaning,2026-03-14T18:00,2026-03-14T18:45,,,H-1,delivered
K-1,V-9,personal-care,2026-03-14T18:45,2026-03-14T19:15,,,H-1,delivered
K-1,V-10,cleaning,2026-03-16T07:30,2026-03-16T08:15,,,H-1,delivered
K-1,V-11,personal-care,2026-03-16T07:00,2026-03-16T07:30,,,H-1,delivered
K-1,V-12,laundry,2026-03-17T16:30,2026-03-17T17:30,,,H-1,delivered
K-1,V-13,meal,2026-03-17T17:00,2026-03-17T17:30,,,H-1,delivered
K-1,V-14,cleaning,2026-03-18T20:00,2026-03-18T20:45,2026-03-18T20:10,2026-03-18T20:50,H-1,delivered
K-1,V-15,personal-care,2026-03-18T19:30,2026-03-18T20:00,2026-03-18T19:40,2026-03-18T19:55,H-1,delivered
K-2,V-16,personal-care,2026-03-10T18:45,2026-03-10T19:00,,,H-2,delivered
@@ file p.yaml
regime: dk-hh
rules:
  visit.window: {together_within: 0min}
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"; visit-compliance -l warning -p p.yaml -c c.yaml v.csv | cut -d: -f2,6
@@ stdout
v.csv:2: K-1: warning: visit.window: visit V-1 (cleaning) 2026-03-10 18:00-18:45 is outside 08:00-17:00
v.csv:7: K-1: warning: visit.window: visit V-6 (shopping) 2026-03-13 17:30-18:00 is outside 08:00-17:00
v.csv:9: K-1: warning: visit.window: visit V-8 (cleaning) 2026-03-14 18:00-18:45 is on Saturday; practical help comes on working days 08:00-17:00
v.csv:11: K-1: warning: visit.window: visit V-10 (cleaning) 2026-03-16 07:30-08:15 is outside 08:00-17:00
exit 1
2: visit V-1 (cleaning) 2026-03-10 18
5: visit V-4 (laundry) 2026-03-12 19
7: visit V-6 (shopping) 2026-03-13 17
9: visit V-8 (cleaning) 2026-03-14 18
11: visit V-10 (cleaning) 2026-03-16 07
15: visit V-14 (cleaning) 2026-03-18 20
