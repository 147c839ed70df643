Absences in the case record (hospital, respite, holiday) owe no visit
(004 § 9).  K-1: a week in hospital with nothing planned breaks neither
the weekly shopping nor the 14-day cleaning (21 days apart, 7 of them in
hospital); a cleaning missed in hospital needs no replacement, and a
shopping missed the Friday before has its 5 working days counted after
the stay.  K-2: the same week with its visits planned and the client
away, and a laundry missed before the stay and never replaced: due 5
working days after the stay.  K-3: a week partly away owes visits for
its days at home (7 a week, 3 days at home: 3; once a week, 3 days at
home: none); an illness at home owes them all.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions:
  - id: D-1
    from: 2026-03-02
    to: 2026-12-31
    services:
      - {service: cleaning, every: 14d, minutes: 60}
      - {service: shopping, per_week: 1, minutes: 30}
events:
  - {type: absence, from: 2026-03-09, to: 2026-03-15, reason: hospital}
---
case: K-2
regime: dk-hh
start: 2026-01-01
decisions:
  - id: D-2
    from: 2026-03-02
    to: 2026-12-31
    services:
      - {service: cleaning, every: 14d, minutes: 60}
      - {service: shopping, per_week: 1, minutes: 30}
      - {service: laundry, minutes: 30}
events:
  - {type: absence, from: 2026-03-09, to: 2026-03-15, reason: hospital}
---
case: K-3
regime: dk-hh
start: 2026-01-01
decisions:
  - id: D-3
    from: 2026-03-02
    to: 2026-12-31
    services:
      - {service: personal-care, per_week: 7, minutes: 20}
      - {service: shopping, per_week: 1, minutes: 30}
events:
  - {type: absence, from: 2026-03-11, to: 2026-03-14, reason: holiday}
  - {type: absence, from: 2026-03-17, to: 2026-03-18, reason: illness}
  - {type: absence, from: 2026-03-23, to: 2026-03-24, reason: respite}
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,,,H-1,delivered,,,
K-1,V-2,cleaning,2026-03-23T09:00,2026-03-23T10:00,,,H-1,delivered,,,
K-1,V-3,shopping,2026-03-04T10:00,2026-03-04T10:30,,,H-1,delivered,,,
K-1,V-4,shopping,2026-03-06T10:00,2026-03-06T10:30,,,,missed-provider,,yes,
K-1,V-5,shopping,2026-03-17T10:00,2026-03-17T10:30,,,H-1,delivered,,,V-4
K-1,V-6,shopping,2026-03-18T10:00,2026-03-18T10:30,,,H-1,delivered,,,
K-1,V-7,shopping,2026-03-25T10:00,2026-03-25T10:30,,,H-1,delivered,,,
K-1,V-8,cleaning,2026-03-10T09:00,2026-03-10T10:00,,,,missed-provider,,,
K-2,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,,,H-1,delivered,,,
K-2,V-2,cleaning,2026-03-12T09:00,2026-03-12T10:00,,,,client-absent,hospital,,
K-2,V-3,cleaning,2026-03-23T09:00,2026-03-23T10:00,,,H-1,delivered,,,
K-2,V-4,shopping,2026-03-04T10:00,2026-03-04T10:30,,,H-1,delivered,,,
K-2,V-5,shopping,2026-03-11T10:00,2026-03-11T10:30,,,,client-absent,hospital,,
K-2,V-6,shopping,2026-03-18T10:00,2026-03-18T10:30,,,H-1,delivered,,,
K-2,V-7,shopping,2026-03-25T10:00,2026-03-25T10:30,,,H-1,delivered,,,
K-2,V-8,laundry,2026-03-06T13:00,2026-03-06T13:30,,,,missed-provider,,yes,
K-3,P-1,personal-care,2026-03-02T08:00,2026-03-02T08:20,,,H-2,delivered,,,
K-3,P-2,personal-care,2026-03-03T08:00,2026-03-03T08:20,,,H-2,delivered,,,
K-3,P-3,personal-care,2026-03-04T08:00,2026-03-04T08:20,,,H-2,delivered,,,
K-3,P-4,personal-care,2026-03-05T08:00,2026-03-05T08:20,,,H-2,delivered,,,
K-3,P-5,personal-care,2026-03-06T08:00,2026-03-06T08:20,,,H-2,delivered,,,
K-3,P-6,personal-care,2026-03-07T08:00,2026-03-07T08:20,,,H-2,delivered,,,
K-3,P-7,personal-care,2026-03-08T08:00,2026-03-08T08:20,,,H-2,delivered,,,
K-3,P-8,personal-care,2026-03-09T08:00,2026-03-09T08:20,,,H-2,delivered,,,
K-3,P-9,personal-care,2026-03-10T08:00,2026-03-10T08:20,,,H-2,delivered,,,
K-3,P-10,personal-care,2026-03-15T08:00,2026-03-15T08:20,,,H-2,delivered,,,
K-3,P-11,personal-care,2026-03-16T08:00,2026-03-16T08:20,,,H-2,delivered,,,
K-3,P-12,personal-care,2026-03-19T08:00,2026-03-19T08:20,,,H-2,delivered,,,
K-3,P-13,personal-care,2026-03-20T08:00,2026-03-20T08:20,,,H-2,delivered,,,
K-3,P-14,personal-care,2026-03-21T08:00,2026-03-21T08:20,,,H-2,delivered,,,
K-3,P-15,personal-care,2026-03-22T08:00,2026-03-22T08:20,,,H-2,delivered,,,
K-3,P-16,personal-care,2026-03-25T08:00,2026-03-25T08:20,,,H-2,delivered,,,
K-3,P-17,personal-care,2026-03-26T08:00,2026-03-26T08:20,,,H-2,delivered,,,
K-3,P-18,personal-care,2026-03-27T08:00,2026-03-27T08:20,,,H-2,delivered,,,
K-3,P-19,personal-care,2026-03-29T08:00,2026-03-29T08:20,,,H-2,delivered,,,
K-3,S-1,shopping,2026-03-04T10:00,2026-03-04T10:30,,,H-2,delivered,,,
K-3,S-2,shopping,2026-03-18T10:00,2026-03-18T10:30,,,H-2,delivered,,,
K-3,S-3,shopping,2026-03-25T10:00,2026-03-25T10:30,,,H-2,delivered,,,
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:17: K-2: error: visit.replacement: laundry visit V-8 of 2026-03-06, missed by the provider, was not replaced by 2026-03-20 (5 working days, not counting 5 working days away from home)
c.yaml:36: K-3: error: visit.frequency: personal-care 7 a week under decision D-3: 5 in the week of 2026-03-16
c.yaml:36: K-3: error: visit.frequency: personal-care 7 a week under decision D-3: 4 in the week of 2026-03-23, which owes 5 for its 5 days at home
exit 1
