visit.frequency: cleaning every 14 days (two visits 14 days apart keep it,
15 days apart break it; a visit the client cancelled or missed in hospital
keeps it) and shopping once in each whole ISO week, from the decision's
start to the end of the log.
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
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,,,H-1,delivered,,,
K-1,V-2,cleaning,2026-03-16T09:00,2026-03-16T10:00,,,H-1,delivered,,,
K-1,V-3,cleaning,2026-03-31T09:00,2026-03-31T10:00,,,H-1,delivered,,,
K-1,V-4,cleaning,2026-04-14T09:00,2026-04-14T10:00,,,,cancelled-client,,,
K-1,V-5,cleaning,2026-04-28T09:00,2026-04-28T10:00,,,,client-absent,hospital,,
K-1,V-6,shopping,2026-03-04T10:00,2026-03-04T10:30,,,H-1,delivered,,,
K-1,V-7,shopping,2026-03-13T10:00,2026-03-13T10:30,,,H-1,delivered,,,
K-1,V-8,shopping,2026-03-25T10:00,2026-03-25T10:30,,,,cancelled-client,,,
K-1,V-9,shopping,2026-04-01T10:00,2026-04-01T10:30,,,H-1,delivered,,,
K-1,V-10,shopping,2026-04-08T10:00,2026-04-08T10:30,,,H-1,delivered,,,
K-1,V-11,shopping,2026-04-15T10:00,2026-04-15T10:30,,,H-1,delivered,,,
K-1,V-12,shopping,2026-04-22T10:00,2026-04-22T10:30,,,H-1,delivered,,,
K-1,V-13,shopping,2026-04-29T10:00,2026-04-29T10:30,,,H-1,delivered,,,
K-1,V-14,shopping,2026-05-20T10:00,2026-05-20T10:30,,,H-1,delivered,,,
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"
@@ stdout
c.yaml:10: K-1: error: visit.frequency: shopping 1 a week under decision D-1: 0 in the week of 2026-03-16
c.yaml:9: K-1: error: visit.frequency: cleaning every 14 days under decision D-1: 15 days from the visit of 2026-03-16 to the visit of 2026-03-31
c.yaml:10: K-1: error: visit.frequency: shopping 1 a week under decision D-1: 0 in the week of 2026-05-04
c.yaml:10: K-1: error: visit.frequency: shopping 1 a week under decision D-1: 0 in the week of 2026-05-11
c.yaml:9: K-1: error: visit.frequency: cleaning every 14 days under decision D-1: no visit after the visit of 2026-04-28, up to 2026-05-20 (end of the log)
exit 1
