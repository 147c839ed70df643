An empty staff id on the first shift is an error on its line, not a crash
(found by fuzzing); the shifts after it are still checked.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ file s.csv
case,staff,date,start,end
K-1,,2026-03-02,08:00,16:00
K-1,S-1,2026-03-02,16:00,22:00
K-1,S-1,2026-03-03,06:00,14:00
@@ run
hours-check -v -c c.yaml s.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 14.00 h of 442.86 h granted in 2026-03-01..2026-03-31 (3%)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: staff: not a usable staff id (empty, too long, control characters, or shaped like a personal identity number)
hours-check: shifts: 3 read, 2 used, 1 rejected
