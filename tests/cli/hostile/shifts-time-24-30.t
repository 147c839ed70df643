A time of 24:30 does not exist; 24:00 is the end of the day.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ printf s.csv
case,staff,date,start,end,kind,hours\nK-1,S-1,2026-03-02,16:00,24:30,active,\nK-1,S-1,2026-03-03,16:00,24:00,active,\n
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 8.00 h of 442.86 h granted in 2026-03-01..2026-03-31 (2%)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: end: invalid time '24:30' (no such day or time)
hours-check: shifts: 2 read, 1 used, 1 rejected
