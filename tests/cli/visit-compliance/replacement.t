visit.replacement: a practical visit the provider missed is replaced within
5 working days after the agreed day (DK calendar).  Missed Thursday
2026-03-12: the 5th working day is Thursday 03-19 across the weekend, the
6th is late.  Missed Wednesday 2026-04-01: Maundy Thursday, Good Friday and
Easter Monday are not working days, so the 5th is Monday 04-13.  A
replacement nobody told the client of is a warning; one still in time when
the log ends is not a finding.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}, {service: laundry, minutes: 30}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,cleaning,2026-03-12T09:00,2026-03-12T10:00,,,,missed-provider,,yes,
K-1,V-2,cleaning,2026-03-19T09:00,2026-03-19T10:00,2026-03-19T09:00,2026-03-19T10:00,H-1,delivered,,,V-1
K-1,V-3,laundry,2026-03-12T13:00,2026-03-12T13:30,,,,missed-provider,,yes,
K-1,V-4,laundry,2026-03-20T13:00,2026-03-20T13:30,2026-03-20T13:00,2026-03-20T13:30,H-1,delivered,,,V-3
K-1,V-5,cleaning,2026-04-01T09:00,2026-04-01T10:00,,,,missed-provider,,yes,
K-1,V-6,cleaning,2026-04-13T09:00,2026-04-13T10:00,2026-04-13T09:00,2026-04-13T10:00,H-1,delivered,,,V-5
K-1,V-7,laundry,2026-04-01T13:00,2026-04-01T13:30,,,,missed-provider,,yes,
K-1,V-8,laundry,2026-04-14T13:00,2026-04-14T13:30,2026-04-14T13:00,2026-04-14T13:30,H-1,delivered,,,V-7
K-1,V-9,cleaning,2026-04-20T09:00,2026-04-20T10:00,,,,missed-provider,,,
K-1,V-10,cleaning,2026-04-21T09:00,2026-04-21T10:00,2026-04-21T09:00,2026-04-21T10:00,H-1,delivered,,,V-9
K-1,V-11,laundry,2026-04-22T13:00,2026-04-22T13:30,,,,missed-provider,,yes,
K-1,V-12,cleaning,2026-04-30T09:00,2026-04-30T10:00,,,,missed-provider,,yes,
K-1,V-13,laundry,2026-05-04T13:00,2026-05-04T13:30,2026-05-04T13:00,2026-05-04T13:30,H-1,delivered,,,
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:4: K-1: error: visit.replacement: laundry visit V-3 of 2026-03-12, missed by the provider, was replaced 2026-03-20, after 2026-03-19 (5 working days)
v.csv:8: K-1: error: visit.replacement: laundry visit V-7 of 2026-04-01, missed by the provider, was replaced 2026-04-14, after 2026-04-13 (5 working days)
v.csv:10: K-1: warning: visit.replacement: cleaning visit V-9 of 2026-04-20, missed by the provider, was replaced 2026-04-21 without the client being told
v.csv:12: K-1: error: visit.replacement: laundry visit V-11 of 2026-04-22, missed by the provider, was not replaced by 2026-04-29 (5 working days)
exit 1
