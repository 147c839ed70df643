200,000 different helpers visit one client at the same minute: each
helper's record is found through a map, the visits of a day are grouped
once, so the run is linear.  The CPU limit only a superlinear run would
reach.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
@@ run
awk 'BEGIN { print "case,visit,service,planned_start,planned_end,staff,status"; for (i = 0; i < 200000; i++) printf "K-1,V-%d,personal-care,2026-03-02T08:00,2026-03-02T08:30,H-%d,delivered\n", i, i }' > v.csv; (ulimit -t 20; visit-compliance -v -s -o csv -c c.yaml v.csv | tail -1; echo "exit $?")
@@ stdout
K-1,200000,200000,0,0,6000000,6000000,100.0
exit 0
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 200000 read, 200000 used, 0 rejected
