A client with 100,000 introductions on record (an event table) and
200,000 helpers new to it: each helper's introduction is looked up in a map of the case's
introductions, made once, not found by a walk of every event (it took
helpers times events before: 12,000 events and 100,000 helpers 2.3 s).
The CPU limit is generous for a linear run, even under the sanitizers,
and far below what the walk needs here.  Half the helpers were introduced
in time; the other half came before their introduction, and the
100,000 never introduced are new too.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
@@ run
awk 'BEGIN { print "case,type,staff,date"; for (i = 0; i < 100000; i++) printf "K-1,introduction,H-%d,2026-03-%02d\n", i, i % 2 ? 1 : 28 }' > e.csv; awk 'BEGIN { print "case,visit,service,planned_start,planned_end,staff,status"; for (i = 0; i < 200000; i++) { d = 2 + int(i / 1000) % 20; printf "K-1,V-%d,personal-care,2026-03-%02dT08:00,2026-03-%02dT08:30,H-%d,delivered\n", i, d, d, i } }' > v.csv; (ulimit -t 20; visit-compliance -o csv -c c.yaml -c e.csv v.csv > out; echo "exit $?"); cut -d, -f5 out | sort | uniq -c | sed 's/^ *//'
@@ stdout
exit 1
1 rule
1 staff.introduced
2 visit.continuity
