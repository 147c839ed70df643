200,000 different staff members over 1,000 cases, one shift each: the
staff are found through a map and each is checked once, so the run is
linear.  The CPU limit only a superlinear run would reach.
@@ run
awk 'BEGIN { print "case,regime,funder,start"; for (i = 0; i < 1000; i++) printf "K-%d,se-pa,municipality,2026-01-01\n", i }' > cases.csv; awk 'BEGIN { print "case,staff,date,start,end"; for (i = 0; i < 200000; i++) printf "K-%d,S-%d,2026-03-%02d,08:00,16:00\n", i % 1000, i, 2 + i % 27 }' > s.csv; (ulimit -t 20; hours-check -v -s -o csv --today 2026-11-22 -c cases.csv s.csv | tail -1; echo "exit $?")
@@ stdout
K-999,2026-03-01,2026-03-31,0.00,1600.00,-1600.00,0.00,
exit 0
@@ stderr
hours-check: case records: 1000 read, 1000 used, 0 rejected
hours-check: shifts: 200000 read, 200000 used, 0 rejected
