One staff member with 200,000 shifts, seven a day for 78 years: the
shifts of one person are ordered and checked for overlaps and rest in
one pass each, so the run is linear.  The CPU limit only a superlinear
run would reach.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 1950-01-01
decisions: [{id: D-1, from: 1950-01-01, hours_per_week: 100}]
@@ run
awk 'function ymd(z,  era, doe, yoe, y, doy, mp, d, m) { z += 719468; era = int(z / 146097); doe = z - era * 146097; yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365); y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9; return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d) } BEGIN { print "case,staff,date,start,end"; for (i = 0; i < 200000; i++) { h = 4 + (i % 7) * 3; printf "K-1,S-1,%s,%02d:00,%02d:30\n", ymd(-7305 + int(i / 7)), h, (h + 2) % 24 } }' > s.csv; (ulimit -t 20; hours-check -v -o csv --today 2026-11-22 -c c.yaml s.csv | cut -d, -f5 | sort | uniq -c; echo "exit $?")
@@ stdout
    938 hours.granted
      1 rule
      1 staff.introduced
  29510 worktime.daily-rest
    235 worktime.weekly-average
   4081 worktime.weekly-rest
exit 0
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: shifts: 200000 read, 200000 used, 0 rejected
