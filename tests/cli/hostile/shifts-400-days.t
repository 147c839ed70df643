A shift of 400 days is refused: a shift is at most 48 hours.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ file s.csv
case,staff,start,end
K-1,S-1,2026-01-01T08:00,2027-02-05T08:00
K-1,S-1,2026-03-02T08:00,2026-03-02T16:00
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 8.00 h of 442.86 h granted in 2026-03-01..2026-03-31 (2%)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: shift of 9600.0 hours is longer than 48 hours
hours-check: shifts: 2 read, 1 used, 1 rejected
