visit.moved and visit.window: a visit that starts more than 60 minutes
from the agreed time without the client phoned (exactly 60 is in time);
practical help on working days 08:00-17:00 (a Saturday, Easter Monday, a
start at 07:59 and an end at 17:01 are outside; an end at 17:00 is not)
unless the decision allows it; a main meal not heated after 17:00;
personal care at any hour.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions:
  - id: D-1
    from: 2026-01-01
    to: 2026-12-31
    services:
      - {service: cleaning, minutes: 60}
      - {service: shopping, minutes: 60}
      - {service: laundry, minutes: 30, outside_hours: true}
      - {service: meal, minutes: 20}
      - {service: personal-care, minutes: 30}
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,2026-03-02T10:00,2026-03-02T11:00,H-1,delivered,,,
K-1,V-2,cleaning,2026-03-03T09:00,2026-03-03T10:00,2026-03-03T10:01,2026-03-03T11:01,H-1,delivered,,,
K-1,V-3,cleaning,2026-03-04T09:00,2026-03-04T10:00,2026-03-04T10:30,2026-03-04T11:30,H-1,delivered,,yes,
K-1,V-4,cleaning,2026-03-05T10:00,2026-03-05T11:00,2026-03-05T08:59,2026-03-05T09:59,H-1,delivered,,,
K-1,V-5,cleaning,2026-03-07T09:00,2026-03-07T10:00,2026-03-07T09:00,2026-03-07T10:00,H-1,delivered,,,
K-1,V-6,cleaning,2026-04-06T09:00,2026-04-06T10:00,,,H-1,delivered,,,
K-1,V-7,shopping,2026-03-09T07:59,2026-03-09T08:30,2026-03-09T07:59,2026-03-09T08:30,H-1,delivered,,,
K-1,V-8,shopping,2026-03-10T16:00,2026-03-10T17:00,2026-03-10T16:00,2026-03-10T17:00,H-1,delivered,,,
K-1,V-9,shopping,2026-03-11T16:01,2026-03-11T17:01,2026-03-11T16:01,2026-03-11T17:01,H-1,delivered,,,
K-1,V-10,meal,2026-03-12T17:00,2026-03-12T17:20,2026-03-12T17:00,2026-03-12T17:20,H-1,delivered,,,
K-1,V-11,meal,2026-03-12T17:01,2026-03-12T17:21,2026-03-12T17:01,2026-03-12T17:21,H-1,delivered,,,
K-1,V-12,personal-care,2026-03-14T21:00,2026-03-14T21:30,2026-03-14T21:00,2026-03-14T21:30,H-1,delivered,,,
K-1,V-13,laundry,2026-03-14T19:00,2026-03-14T19:30,2026-03-14T19:00,2026-03-14T19:30,H-1,delivered,,,
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:3: K-1: warning: visit.moved: visit V-2 (cleaning) began 2026-03-03 10:01, 61 minutes after the agreed 2026-03-03 09:00, and the client was not phoned
v.csv:5: K-1: warning: visit.moved: visit V-4 (cleaning) began 2026-03-05 08:59, 61 minutes before the agreed 2026-03-05 10:00, and the client was not phoned
v.csv:6: K-1: warning: visit.window: visit V-5 (cleaning) 2026-03-07 09:00-10:00 is on Saturday; practical help comes on working days 08:00-17:00
v.csv:8: K-1: warning: visit.window: visit V-7 (shopping) 2026-03-09 07:59-08:30 is outside 08:00-17:00
v.csv:10: K-1: warning: visit.window: visit V-9 (shopping) 2026-03-11 16:01-17:01 is outside 08:00-17:00
v.csv:12: K-1: warning: visit.window: visit V-11 (meal) 2026-03-12 17:01-17:21 heats a main meal after 17:00
v.csv:7: K-1: warning: visit.window: visit V-6 (cleaning) 2026-04-06 09:00-10:00 is on a public holiday; practical help comes on working days 08:00-17:00
exit 1
