A shift row of 10^6 fields is refused at 1024; the next row is read.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ run
(echo case,staff,date,start,end; awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "x,"; print "x" }'; echo K-1,S-1,2026-03-02,08:00,16:00) > s.csv; hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 8.00 h of 442.86 h granted in 2026-03-01..2026-03-31 (2%)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: more than 1024 fields in a row
hours-check: shifts: 2 read, 1 used, 1 rejected
