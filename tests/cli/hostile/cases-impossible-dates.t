Dates that do not exist (30 February, month 13, year 0) are errors with
their lines; those cases are left out and the good one is checked.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-02-30
---
case: K-2
regime: se-dv
start: 2026-13-01
---
case: K-3
regime: se-dv
start: 0000-01-01
---
case: K-4
regime: se-dv
start: 2026-01-01
@@ run
plan-validate -v --today 2026-11-22 c.yaml | cut -d: -f3,4 | sort | uniq -c; echo "exit $?"
@@ stdout
      1 
     12  K-4: error
exit 0
@@ stderr
plan-validate: c.yaml:3: start: invalid date '2026-02-30' (no such day or time)
plan-validate: c.yaml:7: start: invalid date '2026-13-01' (no such day or time)
plan-validate: c.yaml:11: start: invalid date '0000-01-01' (year outside 1900-9999)
plan-validate: case records: 4 read, 1 used, 3 rejected
