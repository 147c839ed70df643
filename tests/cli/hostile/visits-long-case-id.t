A case id of 10,000 characters is cut short in the message.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ run
(echo case,visit,service,planned_start,planned_end,staff,status; head -c 10000 /dev/zero | tr '\0' K; echo ,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered) > v.csv; visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
visit-compliance: 1 visit of v.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:2: unknown case 'KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK...' (no case record given with -c)
visit-compliance: visits: 1 read, 0 used, 1 rejected
