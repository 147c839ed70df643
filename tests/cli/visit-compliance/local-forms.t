A visit log as Danish and Swedish exports write it (day-first or
undashed dates, HH.MM and H:MM times, ja/nej and x for notified) gives
exactly the findings, the -s table and the --continuity table of the
canonical one, every visit used.
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
      - {service: personal-care, minutes: 30}
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,2026-03-02T10:01,2026-03-02T11:01,H-1,delivered,,no,
K-1,V-2,cleaning,2026-03-03T09:00,2026-03-03T10:00,2026-03-03T10:30,2026-03-03T11:30,H-1,delivered,,yes,
K-1,V-3,cleaning,2026-03-07T09:00,2026-03-07T10:00,2026-03-07T09:00,2026-03-07T10:00,H-2,delivered,,,
K-1,V-4,personal-care,2026-03-09T07:30,2026-03-09T08:00,,,,missed-provider,,yes,
K-1,V-5,personal-care,2026-03-09T12:00,2026-03-09T12:30,2026-03-09T12:00,2026-03-09T12:30,H-3,delivered,,,V-4
K-1,V-6,personal-care,2026-03-10T07:30,2026-03-10T08:00,,,,client-absent,hospital,,
@@ file local.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,cleaning,02.03.2026 09.00,02.03.2026 10.00,02.03.2026 10.01,02.03.2026 11:01,H-1,delivered,,nej,
K-1,V-2,cleaning,03-03-2026 09:00,03-03-2026 10:00,03-03-2026 10:30,03-03-2026 11:30,H-1,delivered,,Ja,
K-1,V-3,cleaning,20260307T0900,20260307T1000,20260307 0900,20260307 1000,H-2,delivered,,,
K-1,V-4,personal-care,09.03.2026 7:30,09.03.2026 8.00,,,,missed-provider,,x,
K-1,V-5,personal-care,2026-03-09T12.00,2026-03-09 12:30,2026-03-09T12:00,2026-03-09T12:30,H-3,delivered,,,V-4
K-1,V-6,personal-care,10.03.2026 07:30,10.03.2026 08:00,,,,client-absent,hospital,,
@@ run
mkdir a b; cp v.csv a; cp local.csv b/v.csv; for d in a b; do (cd $d && for m in "" -s --continuity; do visit-compliance -v $m -c ../c.yaml v.csv; echo "exit $?"; done > out 2>&1); done; cmp a/out b/out && cat a/out
@@ stdout
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 6 read, 6 used, 0 rejected
v.csv:2: K-1: warning: visit.moved: visit V-1 (cleaning) began 2026-03-02 10:01, 61 minutes after the agreed 2026-03-02 09:00, and the client was not phoned
v.csv:4: K-1: warning: visit.window: visit V-3 (cleaning) 2026-03-07 09:00-10:00 is on Saturday; practical help comes on working days 08:00-17:00
v.csv:6: K-1: info: staff.introduced: 1 new helper with no earlier visit or introduction in 2026-03-09..2026-03-22: H-3 (2026-03-09)
exit 1
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 6 read, 6 used, 0 rejected
case      planned delivered  missed excused  plan min given min    given
K-1             5         4       1       1       240       210    87.5%
total           5         4       1       1       240       210    87.5%
exit 0
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 6 read, 6 used, 0 rejected
case     period                  visits  staff
K-1      2026-02-23..2026-03-08       3      2
K-1      2026-03-09..2026-03-22       1      1

personnel continuity: no client had 2 or more visits in the day every day of a whole period of the log
exit 0
