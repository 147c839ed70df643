billing.fk: billable hours (inside a decision, within the grant) at the
year's FK rate: 2024 332.60 SEK.  A year without a rate is reported once
and its amount left empty, not guessed.  Municipality cases have no amount.
@@ file c.yaml
case: F-1
regime: se-pa
funder: fk
start: 2024-01-01
decisions: [{id: D-1, from: 2024-01-01, to: 2026-12-31, hours_per_week: 7}]
---
case: M-1
regime: se-pa
funder: municipality
start: 2024-01-01
decisions: [{id: D-1, from: 2024-01-01, to: 2026-12-31, hours_per_week: 7}]
@@ file s.csv
case,staff,start,end
F-1,S-1,2024-03-01T08:00,2024-03-01T16:00
F-1,S-1,2024-03-04T08:00,2024-03-04T10:30
F-1,S-1,2026-03-02T08:00,2026-03-02T16:00
F-1,S-1,2026-03-03T08:00,2026-03-03T16:00
M-1,S-2,2024-03-01T08:00,2024-03-01T16:00
@@ run
hours-check --today 2026-11-22 -s -o csv -c c.yaml s.csv; hours-check --today 2026-11-22 -l warning -c c.yaml s.csv
@@ stdout
case,period_start,period_end,granted_hours,used_hours,remaining_hours,billable_hours,amount
F-1,2024-01-01,2024-06-30,182.00,10.50,171.50,10.50,3492.30
F-1,2026-01-01,2026-06-30,181.00,16.00,165.00,16.00,
M-1,2024-03-01,2024-03-31,31.00,8.00,23.00,8.00,
c.yaml:1: F-1: warning: billing.fk: no FK hourly rate for 2026 in the profile (billing.fk rates): amounts for 2026 are left out
@@ status 1
