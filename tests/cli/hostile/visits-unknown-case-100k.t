100,000 visits of a case with no record: one message with the first
line, one with the count.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ run
(echo case,visit,service,planned_start,planned_end,staff,status; i=0; while [ $i -lt 100000 ]; do echo K-9,V-$i,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered; i=$((i+1)); done) > v.csv; visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
visit-compliance: 100000 visits of v.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:2: unknown case 'K-9' (no case record given with -c)
visit-compliance: v.csv: 99999 more visits of unknown case 'K-9' left out
visit-compliance: visits: 100000 read, 0 used, 100000 rejected
