100,000 shifts of a case with no record: one message with the first
line, one with the count.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ run
(echo case,staff,date,start,end; i=0; while [ $i -lt 100000 ]; do echo K-9,S-1,2026-03-02,08:00,16:00; i=$((i+1)); done) > s.csv; hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
hours-check: 100000 shifts of s.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: unknown case 'K-9' (no case record given with -c)
hours-check: s.csv: 99999 more shifts of unknown case 'K-9' left out
hours-check: shifts: 100000 read, 0 used, 100000 rejected
