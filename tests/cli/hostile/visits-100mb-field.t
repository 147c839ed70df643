A field of 100 MB is refused at 1 MiB; the visit after it is checked.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ run
(echo case,visit,service,planned_start,planned_end,staff,status; printf 'K-1,'; head -c 100000000 /dev/zero | tr '\0' v; echo ',cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered'; echo K-1,V-2,cleaning,2026-03-07T09:00,2026-03-07T10:00,H-1,delivered) > v.csv; visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:3: K-1: warning: visit.window: visit V-2 (cleaning) 2026-03-07 09:00-10:00 is on Saturday; practical help comes on working days 08:00-17:00
visit-compliance: 1 visit of v.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:2: field longer than 1048576 bytes
visit-compliance: visits: 2 read, 1 used, 1 rejected
