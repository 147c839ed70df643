Bad rows: each is reported with its file and line and left out, exit 2,
and the rest is still checked (V-2's replacement is judged, V-3 is).  -v
counts the visits read, used and rejected.  A replacement that names no
visit the provider missed is reported when the log has been read.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,,,H-1,deliverd,,,
K-1,V-2,cleaning,2026-03-03T09:00,2026-03-03T10:00,,,,missed-provider,,yes,
K-1,V-3,cleaning,2026-03-12T09:00,2026-03-12T10:00,,,H-1,delivered,,,V-2
K-1,V-4,cleanin,2026-03-04T09:00,2026-03-04T10:00,,,H-1,delivered,,,
K-1,V-5,cleaning,2026-03-05T09:00,2026-03-05T10:00,2026-03-05T10:00,2026-03-05T09:30,H-1,delivered,,,
K-1,V-6,cleaning,2026-03-06T09:00,2026-03-06T10:00,,,H-1,delivered,,,V-99
K-1,V-7,cleaning,2026-03-06T11:00,2026-03-06T12:00,,,H-1,delivered,,,V-7
K-1,V-8,cleaning,2026-03-32T09:00,2026-03-32T10:00,,,H-1,delivered,,,
K-1,V-9,cleaning,2026-03-09 9h00,2026-03-09T10:00,,,H-1,delivered,,,
K-1,V-10,cleaning,2026-03-09T09:00,2026-03-09T10:00,,,,delivered,,,
K-1,V-11,cleaning,2026-03-10T09:00,2026-03-10T10:00,,,H-1,delivered,holiday,,
K-1,V-2,cleaning,2026-03-03T09:00,2026-03-03T10:00,,,,missed-provider,,yes,
K-1,V-12,cleaning,2026-03-10T09:00,2026-03-10T08:00,,,H-1,delivered,,,
K-9,V-13,cleaning,2026-03-10T09:00,2026-03-10T10:00,,,H-1,delivered,,,
K-9,V-14,cleaning,2026-03-11T09:00,2026-03-11T10:00,,,H-1,delivered,,,
K-1,V-15,cleaning,2026-03-10T13:00,2026-03-10T14:00,,,H-1,delivered,,maybe,
K-1,V-16,cleaning,2026-03-10T15:00
K-1,V-17,cleaning,2026-03-13T09:00,2026-03-13T10:00,,,H-1,delivered,,,V-1
@@ run
visit-compliance -v -l warning -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:3: K-1: error: visit.replacement: cleaning visit V-2 of 2026-03-03, missed by the provider, was replaced 2026-03-12, after 2026-03-10 (5 working days)
visit-compliance: 14 visits of v.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:2: status: unknown status 'deliverd'; did you mean 'delivered'?
visit-compliance: v.csv:5: service: unknown service 'cleanin'; did you mean 'cleaning'?
visit-compliance: v.csv:6: actual_end is before actual_start
visit-compliance: v.csv:8: replaces: the visit replaces itself
visit-compliance: v.csv:9: planned_start: invalid date-time '2026-03-32T09:00' (no such day or time)
visit-compliance: v.csv:10: planned_start: invalid date-time '2026-03-09 9h00' (expected a date and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200)
visit-compliance: v.csv:11: staff: empty for a delivered visit
visit-compliance: v.csv:12: reason: only for a client-absent visit
visit-compliance: v.csv:13: visit V-2 of case K-1 is missed twice (first at v.csv:3)
visit-compliance: v.csv:14: planned_end is not after planned_start
visit-compliance: v.csv:15: unknown case 'K-9' (no case record given with -c)
visit-compliance: v.csv:17: notified: expected true or false (also yes/no, ja/nej, 1/0, on/off, x for yes), found 'maybe'
visit-compliance: v.csv:18: 4 fields, the header has 12
visit-compliance: v.csv: 1 more visit of unknown case 'K-9' left out
visit-compliance: v.csv:7: replaces: V-99 is not a visit of case K-1 that the provider missed
visit-compliance: v.csv:19: replaces: V-1 is not a visit of case K-1 that the provider missed
visit-compliance: visits: 18 read, 4 used, 14 rejected
