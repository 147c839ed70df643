100,000 cases in one case table and a timesheet with a shift of each:
cases are found through the index of case ids and checked one group
each, so the run is linear.  The CPU limit only a superlinear run would
reach.
@@ run
awk 'BEGIN { print "case,regime,funder,start"; for (i = 0; i < 100000; i++) printf "K-%d,se-pa,municipality,2026-01-01\n", i }' > cases.csv; awk 'BEGIN { print "case,staff,date,start,end"; for (i = 0; i < 100000; i++) printf "K-%d,S-%d,2026-03-02,08:00,16:00\n", i, i % 100 }' > s.csv; (ulimit -t 20; hours-check -v -o csv --today 2026-11-22 -c cases.csv s.csv | cut -d, -f4,5 | sort | uniq -c; echo "exit $?")
@@ stdout
 100000 error,hours.granted
 100000 error,hours.outside-decision
  99900 error,hours.overlap
      1 severity,rule
exit 0
@@ stderr
hours-check: case records: 100000 read, 100000 used, 0 rejected
hours-check: shifts: 100000 read, 100000 used, 0 rejected
