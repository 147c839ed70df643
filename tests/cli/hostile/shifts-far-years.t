Dates in year 0 or past 2200 are refused: hours are counted in 1900 to
2200.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ printf s.csv
case,staff,date,start,end,kind,hours\nK-1,S-1,0000-01-01,08:00,16:00,active,\nK-1,S-1,9999-12-31,08:00,16:00,active,\nK-1,S-1,2201-01-01,08:00,16:00,active,\nK-1,S-1,2026-03-02,08:00,16:00,active,\n
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 8.00 h of 442.86 h granted in 2026-03-01..2026-03-31 (2%)
hours-check: 3 shifts of s.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: date: invalid date '0000-01-01' (year outside 1900-9999)
hours-check: s.csv:3: shift outside the years 1900 to 2200 that hours are counted in
hours-check: s.csv:4: shift outside the years 1900 to 2200 that hours are counted in
hours-check: shifts: 4 read, 1 used, 3 rejected
