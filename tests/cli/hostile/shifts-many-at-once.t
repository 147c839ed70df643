200,000 shifts of a new case at one time: an active shift of one staff
member on every other row, a standby shift of someone new between them.
hours.double-staffing looks for another's shift reaching into each one,
staff.introduced for someone who knows the client alongside each first
shift; both ask an index of the case's shifts once a scan of the
neighbours would be long, so the run is n log n (it took quadratic time
before: 100,000 rows 13.8 s).  The CPU limit is generous for that, even
under the sanitizers, and far below what a quadratic run needs.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-03-02
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ run
awk 'BEGIN { print "case,staff,date,start,end,kind"; for (i = 0; i < 200000; i++) if (i % 2) printf "K-1,S-1,2026-03-02,08:00,16:%02d,active\n", (i / 2) % 60; else printf "K-1,T-%d,2026-03-02,08:00,16:%02d,standby\n", i, (i / 2) % 60 }' > s.csv; (ulimit -t 20; hours-check -v -s -o csv --today 2026-11-22 -c c.yaml s.csv | tail -1; echo "exit $?")
@@ stdout
K-1,2026-03-01,2026-03-31,428.57,1698320.00,-1697891.43,428.57,
exit 0
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: shifts: 200000 read, 200000 used, 0 rejected
