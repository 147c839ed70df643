visit.delivered: the -s report leaves out the cases of a regime whose
profile switches it off, in the case table and the provider table alike;
the other rules still judge their visits.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
---
case: K-2
regime: se-pa
funder: municipality
start: 2026-01-01
@@ file p.yaml
regime: dk-hh
rules:
  visit.delivered: off
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces,provider
K-1,V-1,cleaning,2026-03-07T09:00,2026-03-07T10:00,2026-03-07T09:00,2026-03-07T09:50,H-1,delivered,,,,Syd
K-1,V-2,cleaning,2026-03-09T09:00,2026-03-09T10:00,,,,cancelled-client,,,,Nord
K-2,V-3,personal-care,2026-03-02T13:00,2026-03-02T13:45,,,H-2,delivered,,,,Syd
@@ run
visit-compliance -s -c c.yaml v.csv; echo "exit $?"; visit-compliance -s -p p.yaml -c c.yaml v.csv; echo "exit $?"; visit-compliance -s --by-provider -o csv -p p.yaml -c c.yaml v.csv; visit-compliance -p p.yaml -c c.yaml v.csv; echo "exit $?"
@@ stdout
case      planned delivered  missed excused  plan min given min    given
K-1             2         1       0       1       120        50    41.7%
K-2             1         1       0       0        45        45   100.0%
total           3         2       0       1       165        95    57.6%

provider  planned delivered  missed excused  plan min given min    given
Nord            1         0       0       1        60         0     0.0%
Syd             2         2       0       0       105        95    90.5%
total           3         2       0       1       165        95    57.6%
exit 0
case      planned delivered  missed excused  plan min given min    given
K-2             1         1       0       0        45        45   100.0%
total           1         1       0       0        45        45   100.0%

provider  planned delivered  missed excused  plan min given min    given
Syd             1         1       0       0        45        45   100.0%
total           1         1       0       0        45        45   100.0%
exit 0
provider,planned,delivered,missed_provider,excused,planned_minutes,delivered_minutes,delivered_percent
Syd,1,1,0,0,45,45,100.0
v.csv:2: K-1: warning: visit.window: visit V-1 (cleaning) 2026-03-07 09:00-09:50 is on Saturday; practical help comes on working days 08:00-17:00
exit 1
