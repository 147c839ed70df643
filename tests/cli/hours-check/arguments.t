What a shell hands over.  A -c or --staff file that cannot be opened
stops the run before anything is checked (as grep -f does); so does a
file of case records where a timesheet is expected, as "-c cases/*.yaml"
gives (-c takes the first file only).  -c takes a directory: its *.yaml
and *.yml files, in name order.
@@ file b.yaml
--- # one case per file
case: K-2
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, hours_per_week: 10}]
@@ file a.yml
---
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 10}]
@@ file notes.txt
not a case file
@@ file s.csv
case,staff,date,start,end
K-1,S-1,2026-03-02,08:00,12:00
K-2,S-2,2026-03-02,08:00,12:00
@@ run
mkdir cases; mv a.yml b.yaml notes.txt cases; cp cases/b.yaml cases/.hidden.yaml; hours-check --today 2026-11-22 -c none.yaml s.csv; echo "exit $?"; hours-check --today 2026-11-22 -c cases --staff none.csv s.csv; echo "exit $?"; hours-check --today 2026-11-22 -c cases/a.yml cases/b.yaml s.csv; echo "exit $?"; hours-check --today 2026-11-22 -c cases/a.yml < cases/b.yaml; echo "exit $?"; visit-compliance -c cases/a.yml cases/b.yaml; echo "exit $?"; hours-check -v --today 2026-11-22 -c cases s.csv; echo "exit $?"
@@ stdout
exit 2
exit 2
exit 2
exit 2
exit 2
cases/a.yml:2: K-1: info: hours.granted: used 4.00 h of 44.29 h granted in 2026-03-01..2026-03-31 (9%)
cases/b.yaml:2: K-2: info: hours.granted: used 4.00 h of 44.29 h granted in 2026-03-01..2026-03-31 (9%)
exit 1
@@ stderr
hours-check: none.yaml: No such file or directory
hours-check: none.csv: No such file or directory
hours-check: cases/b.yaml: case records (YAML), not shifts: use -c for each case file, or -c with their directory
hours-check: <stdin>: case records (YAML), not shifts: use -c for each case file, or -c with their directory
visit-compliance: cases/b.yaml: case records (YAML), not visits: use -c for each case file, or -c with their directory
hours-check: case records: 2 read, 2 used, 0 rejected
hours-check: shifts: 2 read, 2 used, 0 rejected
