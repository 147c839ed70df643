-s --per month: a row per case and calendar month within each accounting
period, every month of it, and the months add up to the period's row
(but for the rounding of two decimals).  The FK case's period
of six months from its decision (2024-10-01..2025-03-31) grants 260
hours; 300 are used, 100 in each of October, December and February.  The
billable hours are each month's own until the grant runs out, so the 40
hours cut are the latest, February's; the amount is each month's hours
at its year's rate (here a profile's rates for the two years), and the
period's amount is the same sum.  F-2's periods run from the 15th
(its decision's first day), so April 2025 is two rows, 1-14 in one
period and 15-30 in the next, each with its own shift.  --per goes with
-s.
@@ file c.yaml
case: F-1
regime: se-pa
funder: fk
start: 2024-10-01
decisions: [{id: D-1, from: 2024-10-01, to: 2025-09-30, hours_per_week: 10}]
---
case: F-2
regime: se-pa
funder: fk
start: 2024-10-15
decisions: [{id: D-2, from: 2024-10-15, to: 2025-10-14, hours_per_week: 10}]
@@ file f2.csv
case,staff,start,end
F-2,S-2,2025-04-10T08:00,2025-04-10T18:00
F-2,S-2,2025-04-20T08:00,2025-04-20T18:00
@@ file rates.yaml
rules:
  billing.fk: {rates: {2024: 300.00, 2025: 400.00}}
@@ run
{ echo case,staff,start,end; for m in 2024-10 2024-12 2025-02; do for d in 01 02 03 04 05 06 07 08 09 10; do echo "F-1,S-1,$m-${d}T08:00,$m-${d}T18:00"; done; done; } > s.csv; hours-check -s -o csv --today 2026-11-22 -p rates.yaml -c c.yaml s.csv; hours-check -s --per month -o csv --today 2026-11-22 -p rates.yaml -c c.yaml s.csv | tee months.csv; awk -F, 'NR > 1 { g += $4; u += $5; b += $7; a += $8 } END { printf "sum %.1f %.1f %.1f %.1f\n", g, u, b, a }' months.csv; hours-check -s --per month -o csv --today 2026-11-22 -p rates.yaml -c c.yaml f2.csv | grep 2025-04; hours-check --per month -c c.yaml s.csv; echo "exit $?"
@@ stdout
case,period_start,period_end,granted_hours,used_hours,remaining_hours,billable_hours,amount
F-1,2024-10-01,2025-03-31,260.00,300.00,-40.00,260.00,84000.00
case,period_start,period_end,granted_hours,used_hours,remaining_hours,billable_hours,amount
F-1,2024-10-01,2024-10-31,44.29,100.00,-55.71,100.00,30000.00
F-1,2024-11-01,2024-11-30,42.86,0.00,42.86,0.00,0.00
F-1,2024-12-01,2024-12-31,44.29,100.00,-55.71,100.00,30000.00
F-1,2025-01-01,2025-01-31,44.29,0.00,44.29,0.00,0.00
F-1,2025-02-01,2025-02-28,40.00,100.00,-60.00,60.00,24000.00
F-1,2025-03-01,2025-03-31,44.29,0.00,44.29,0.00,0.00
sum 260.0 300.0 260.0 84000.0
F-2,2025-04-01,2025-04-14,20.00,10.00,10.00,10.00,4000.00
F-2,2025-04-15,2025-04-30,22.86,10.00,12.86,10.00,4000.00
exit 2
@@ stderr
hours-check: --per goes with -s
Try 'hours-check --help' for more information.
