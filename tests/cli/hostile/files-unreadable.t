No lost data: a file that cannot be read, among several, is reported by
name and the others are still read, by every tool, but for a -c file of
the log tools, without which nothing can be checked: that stops the run
before any checking, as grep -f does; output to a full disk
is an error (exit 2) with a message; output cut short by `head -1` ends
quietly, with no message.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-01-01
@@ file d.yaml
case: K-2
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ file p.yaml
case: K-3
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-3, from: 2026-01-01, hours_per_week: 40}]
@@ file s.csv
case,staff,date,start,end
K-9,S-1,2026-03-02,08:00,16:00
@@ file t.csv
case,staff,date,start,end
K-3,S-1,2026-03-02,08:00,16:00
@@ file v.csv
case,visit,service,planned_start,planned_end,staff,status
K-2,V-1,cleaning,2026-03-07T09:00,2026-03-07T10:00,H-1,delivered
@@ run
deadline-watch -q -v --today 2026-11-22 c.yaml none.yaml d.yaml | wc -l; plan-validate -v --today 2026-11-22 c.yaml none.yaml | wc -l; hours-check -v -c c.yaml -c none.yaml s.csv none.csv | wc -l; visit-compliance -v -c d.yaml none.csv v.csv | wc -l; for t in deadline-watch plan-validate; do $t --today 2026-11-22 c.yaml > /dev/full; echo "exit $?"; done; hours-check -c p.yaml t.csv > /dev/full; echo "exit $?"; visit-compliance -c d.yaml v.csv > /dev/full; echo "exit $?"; i=0; while [ $i -lt 2000 ]; do printf 'case: K-%d\nregime: se-dv\nstart: 2026-01-01\n---\n' $i; i=$((i+1)); done > big.yaml; deadline-watch --today 2026-11-22 big.yaml | head -1; plan-validate --today 2026-11-22 big.yaml | head -1; echo done
@@ stdout
13
12
0
1
exit 2
exit 2
exit 2
exit 2
big.yaml:3: K-0: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-01-01 was due 2026-01-15, 311 days ago
big.yaml:3: K-0: error: decision.in-force: the service start 2026-01-01 is within no decision (none is recorded)
done
@@ stderr
deadline-watch: none.yaml: No such file or directory
deadline-watch: case records: 2 read, 2 used, 0 rejected
plan-validate: none.yaml: No such file or directory
plan-validate: case records: 1 read, 1 used, 0 rejected
hours-check: none.yaml: No such file or directory
hours-check: none.csv: No such file or directory
visit-compliance: none.csv: No such file or directory
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 1 read, 1 used, 0 rejected
deadline-watch: write error: No space left on device
plan-validate: write error: No space left on device
hours-check: write error: No space left on device
visit-compliance: write error: No space left on device
