fk.report (se-pa, funder fk): the 5th of the second month after each
month, moved to the next working day: 5 September and 5 December 2026
are Saturdays.  Municipality-funded cases owe no FK report.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-07-20
plan: {established: 2026-07-01}
workenv_assessed: 2026-07-01
events:
  - {type: fk-report, month: 2026-08, submitted: 2026-09-30}
  - {type: fk-report, month: 2026-09}
---
case: K-2
regime: se-pa
funder: municipality
start: 2026-07-20
plan: {established: 2026-07-01}
workenv_assessed: 2026-07-01
@@ run
deadline-watch --today 2026-11-22 -l warning c.yaml
@@ stdout
c.yaml:1: K-1: error: fk.report: FK report for 2026-07 (time report FK 3059 and invoice FK 3057) was due 2026-09-07, 76 days ago
c.yaml:1: K-1: warning: fk.report: FK report for 2026-10 (time report FK 3059 and invoice FK 3057) is due 2026-12-07, in 15 days
@@ status 1
