Blank lines between shifts are skipped, and line numbers stay right.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ printf s.csv
case,staff,date,start,end,kind,hours\n\n\nK-1,S-1,2026-03-02,08:00,16:00,active,\n\n\nK-1,S-1,2026-03-03,08:00,16:70,active,\n
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 8.00 h of 442.86 h granted in 2026-03-01..2026-03-31 (2%)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:7: end: invalid time '16:70' (no such day or time)
hours-check: shifts: 2 read, 1 used, 1 rejected
