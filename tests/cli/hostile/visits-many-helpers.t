A client visited by 200,000 different helpers: each helper's record is
found through a map, not a search of the client's list, so the run is
linear (it took quadratic time before: 80,000 helpers 2.6 s, a million
never ended).  The CPU limit is generous for a linear run, even under
the sanitizers, and far below what a quadratic one needs.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
@@ run
awk 'BEGIN { print "case,visit,service,planned_start,planned_end,staff,status"; for (i = 0; i < 200000; i++) { d = 2 + int(i / 1000) % 27; printf "K-1,V-%d,personal-care,2026-03-%02dT08:00,2026-03-%02dT08:30,H-%d,delivered\n", i, d, d, i } }' > v.csv; (ulimit -t 20; visit-compliance -v -s -o csv -c c.yaml v.csv | tail -1; echo "exit $?")
@@ stdout
K-1,200000,200000,0,0,6000000,6000000,100.0
exit 0
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 200000 read, 200000 used, 0 rejected
