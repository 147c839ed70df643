100,000 clients in one case table and a visit log with a visit to each,
and 200,000 helpers over 1,000 clients: clients and helpers are found
through maps, so the runs are linear.  The CPU limit only a superlinear
run would reach.
@@ run
awk 'BEGIN { print "case,regime,start"; for (i = 0; i < 100000; i++) printf "K-%d,dk-hh,2026-01-01\n", i }' > cases.csv; awk 'BEGIN { print "case,visit,service,planned_start,planned_end,staff,status"; for (i = 0; i < 100000; i++) printf "K-%d,V-%d,personal-care,2026-03-02T08:00,2026-03-02T08:30,H-%d,delivered\n", i, i, i % 100 }' > v.csv; awk 'BEGIN { print "case,visit,service,planned_start,planned_end,staff,status"; for (i = 0; i < 200000; i++) printf "K-%d,V-%d,personal-care,2026-03-%02dT08:00,2026-03-%02dT08:30,H-%d,delivered\n", i % 1000, i, 2 + i % 27, 2 + i % 27, i }' > w.csv; (ulimit -t 20; visit-compliance -v -o csv -c cases.csv v.csv | wc -l; visit-compliance -v -o csv -c cases.csv w.csv | wc -l; echo "exit $?")
@@ stdout
1
5001
exit 0
@@ stderr
visit-compliance: case records: 100000 read, 100000 used, 0 rejected
visit-compliance: visits: 100000 read, 100000 used, 0 rejected
visit-compliance: case records: 100000 read, 100000 used, 0 rejected
visit-compliance: visits: 200000 read, 200000 used, 0 rejected
