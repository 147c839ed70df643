200,000 staff members, each new to the client, start their first shift
with a new case at the same minute: staff.introduced asks an index
whether anyone who knows the client works alongside, not a scan of
every shift that starts within each (quadratic before: 100,000 rows
9.7 s).  The CPU limit only a superlinear run would reach.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-03-02
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ run
awk 'BEGIN { print "case,staff,date,start,end"; for (i = 0; i < 200000; i++) printf "K-1,S-%d,2026-03-02,08:00,16:00\n", i }' > s.csv; (ulimit -t 20; hours-check -v -o csv --today 2026-11-22 -c c.yaml s.csv | cut -d, -f5 | sort | uniq -c; echo "exit $?")
@@ stdout
 199999 hours.double-staffing
      1 hours.granted
      1 rule
 200000 staff.introduced
exit 0
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: shifts: 200000 read, 200000 used, 0 rejected
