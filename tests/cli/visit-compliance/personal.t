visit.personal-same-day: personal care the provider missed is delivered
the same day; personal care granted at most twice a week within 2 working
days (Friday 2026-03-06: by Tuesday 03-10, not Wednesday 03-11).  Meals
too are the same day.  A visit made good in time keeps the frequency in
its own week; one made good late does not (the week of 03-09 had no bath
in time).
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions:
  - id: D-1
    from: 2026-01-01
    to: 2026-12-31
    services:
      - {service: personal-care, minutes: 30}
      - {service: bath, per_week: 1, minutes: 45}
      - {service: meal, minutes: 20}
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,personal-care,2026-03-02T08:00,2026-03-02T08:30,,,,missed-provider,,yes,
K-1,V-2,personal-care,2026-03-02T15:00,2026-03-02T15:30,2026-03-02T15:00,2026-03-02T15:30,H-1,delivered,,,V-1
K-1,V-3,personal-care,2026-03-03T08:00,2026-03-03T08:30,,,,missed-provider,,yes,
K-1,V-4,personal-care,2026-03-04T08:00,2026-03-04T08:30,2026-03-04T08:00,2026-03-04T08:30,H-1,delivered,,,V-3
K-1,V-5,bath,2026-03-06T10:00,2026-03-06T10:45,,,,missed-provider,,yes,
K-1,V-6,bath,2026-03-10T10:00,2026-03-10T10:45,2026-03-10T10:00,2026-03-10T10:45,H-1,delivered,,,V-5
K-1,V-7,bath,2026-03-13T10:00,2026-03-13T10:45,,,,missed-provider,,yes,
K-1,V-8,bath,2026-03-18T10:00,2026-03-18T10:45,2026-03-18T10:00,2026-03-18T10:45,H-1,delivered,,,V-7
K-1,V-9,meal,2026-03-05T12:00,2026-03-05T12:20,,,,missed-provider,,yes,
K-1,V-10,bath,2026-03-27T10:00,2026-03-27T10:45,2026-03-27T10:00,2026-03-27T10:45,H-1,delivered,,,
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:4: K-1: error: visit.personal-same-day: personal-care visit V-3 of 2026-03-03, missed by the provider, was delivered 2026-03-04, not the same day
v.csv:10: K-1: error: visit.personal-same-day: meal visit V-9 of 2026-03-05, missed by the provider, was not delivered the same day
c.yaml:10: K-1: error: visit.frequency: bath 1 a week under decision D-1: 0 in the week of 2026-03-09
v.csv:8: K-1: error: visit.personal-same-day: bath visit V-7 of 2026-03-13, missed by the provider, was replaced 2026-03-18, after 2026-03-17 (2 working days)
exit 1
