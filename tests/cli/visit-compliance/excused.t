visit.excused: the client cancels no later than the working day before
(Friday for a Monday visit: a cancellation on Saturday or on the day is
late, info); a client not at home with no reason recorded is info; one in
hospital owes nothing and is no finding.  None of them is owed a
replacement.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces,cancelled
K-1,V-1,cleaning,2026-03-09T09:00,2026-03-09T10:00,,,,cancelled-client,,,,2026-03-06T12:00
K-1,V-2,cleaning,2026-03-16T09:00,2026-03-16T10:00,,,,cancelled-client,,,,2026-03-14T10:00
K-1,V-3,cleaning,2026-03-23T09:00,2026-03-23T10:00,,,,cancelled-client,,,,2026-03-23T07:30
K-1,V-4,cleaning,2026-03-30T09:00,2026-03-30T10:00,,,,client-absent,,,,
K-1,V-5,cleaning,2026-04-07T09:00,2026-04-07T10:00,,,,client-absent,hospital,,,
K-1,V-6,cleaning,2026-04-20T09:00,2026-04-20T10:00,2026-04-20T09:00,2026-04-20T10:00,H-1,delivered,,,,
@@ run
visit-compliance -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:3: K-1: info: visit.excused: visit V-2 (cleaning) 2026-03-16 09:00 was cancelled 2026-03-14 10:00, later than 2026-03-13
v.csv:4: K-1: info: visit.excused: visit V-3 (cleaning) 2026-03-23 09:00 was cancelled 2026-03-23 07:30, later than 2026-03-20
v.csv:5: K-1: info: visit.excused: client not at home for visit V-4 (cleaning) 2026-03-30 09:00, with no reason recorded (hospital, respite or holiday)
exit 1
