dk-hp (helhedspleje under Ældreloven): no minute or frequency standard, so
a cleaning visit 16 days after the one before, at 18:00, is not flagged by
visit.frequency or visit.window, as it is under dk-hh; a laundry visit the
provider missed is still to be replaced within 5 working days.  A unit's
profile that switches visit.frequency back on for dk-hp gets it.
@@ file c.yaml
case: K-1
regime: dk-hp
start: 2026-01-01
decisions:
  - id: D-1
    from: 2026-03-02
    to: 2026-12-31
    services:
      - {service: cleaning, every: 14d, minutes: 60}
      - {service: laundry, minutes: 30}
---
case: K-2
regime: dk-hh
start: 2026-01-01
decisions:
  - id: D-1
    from: 2026-03-02
    to: 2026-12-31
    services:
      - {service: cleaning, every: 14d, minutes: 60}
      - {service: laundry, minutes: 30}
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered,,,
K-1,V-2,laundry,2026-03-10T13:00,2026-03-10T13:30,,,,missed-provider,,yes,
K-1,V-3,cleaning,2026-03-18T18:00,2026-03-18T19:00,2026-03-18T18:00,2026-03-18T19:00,H-1,delivered,,,
K-1,V-4,cleaning,2026-03-31T09:00,2026-03-31T10:00,2026-03-31T09:00,2026-03-31T10:00,H-1,delivered,,,
K-2,V-5,cleaning,2026-03-02T09:00,2026-03-02T10:00,2026-03-02T09:00,2026-03-02T10:00,H-2,delivered,,,
K-2,V-6,laundry,2026-03-10T13:00,2026-03-10T13:30,,,,missed-provider,,yes,
K-2,V-7,cleaning,2026-03-18T18:00,2026-03-18T19:00,2026-03-18T18:00,2026-03-18T19:00,H-2,delivered,,,
K-2,V-8,cleaning,2026-03-31T09:00,2026-03-31T10:00,2026-03-31T09:00,2026-03-31T10:00,H-2,delivered,,,
@@ file unit.yaml
profile: unit-x
regime: dk-hp
rules:
  visit.frequency: on
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"; visit-compliance -l warning -p unit.yaml -c c.yaml v.csv | grep K-1
@@ stdout
v.csv:3: K-1: error: visit.replacement: laundry visit V-2 of 2026-03-10, missed by the provider, was not replaced by 2026-03-17 (5 working days)
c.yaml:20: K-2: error: visit.frequency: cleaning every 14 days under decision D-1: 16 days from the visit of 2026-03-02 to the visit of 2026-03-18
v.csv:7: K-2: error: visit.replacement: laundry visit V-6 of 2026-03-10, missed by the provider, was not replaced by 2026-03-17 (5 working days)
v.csv:8: K-2: warning: visit.window: visit V-7 (cleaning) 2026-03-18 18:00-19:00 is outside 08:00-17:00
exit 1
c.yaml:9: K-1: error: visit.frequency: cleaning every 14 days under decision D-1: 16 days from the visit of 2026-03-02 to the visit of 2026-03-18
v.csv:3: K-1: error: visit.replacement: laundry visit V-2 of 2026-03-10, missed by the provider, was not replaced by 2026-03-17 (5 working days)
