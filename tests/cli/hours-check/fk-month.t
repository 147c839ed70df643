--fk-month: the month's lines for the time report to Försäkringskassan,
per case and staff member, with totals; FK-funded cases only, no
introduction shifts; as CSV with "total" rows.  The case's total carries
its amount, the hours at the year's FK rate (here a profile's rate for
2026; the built-in profile has none for 2026, and then the amount is
left empty).
@@ file rate.yaml
rules:
  billing.fk: {rates: {2026: 350.00}}
@@ file c.yaml
case: F-1
regime: se-pa
funder: fk
start: 2024-01-01
decisions: [{id: D-1, from: 2024-01-01, hours_per_week: 40, double_staffing: true}]
---
case: M-1
regime: se-pa
funder: municipality
start: 2024-01-01
decisions: [{id: D-1, from: 2024-01-01, hours_per_week: 40}]
@@ file s.csv
case,staff,date,start,end,kind
F-1,S-2,2026-03-03,08:00,12:00,active
F-1,S-1,2026-03-02,22:00,07:00,on-call
F-1,S-1,2026-03-28,22:00,07:00,active
F-1,S-3,2026-03-05,08:00,12:00,introduction
F-1,S-1,2026-04-01,08:00,12:00,active
M-1,S-4,2026-03-02,08:00,12:00,active
@@ run
hours-check --today 2026-11-22 --fk-month 2026-03 -p rate.yaml -c c.yaml s.csv | tail -3; hours-check --today 2026-11-22 --fk-month 2026-03 -o csv -c c.yaml s.csv | tail -1; hours-check --today 2026-11-22 --fk-month 2026-03 -o csv -p rate.yaml -c c.yaml s.csv; hours-check --today 2026-11-22 --fk-month 2026-03 --fk-totals -o csv -p rate.yaml -c c.yaml s.csv; hours-check --today 2026-11-22 --fk-month 2026-03 --fk-totals -o json -p rate.yaml -c c.yaml s.csv; hours-check --fk-totals -c c.yaml s.csv; echo "exit $?"
@@ stdout
  S-2          total                        4.00
F-1          total                            21.00 h  amount 7350.00

F-1,S-2,2026-03-03,08:00,12:00,4.00,Tid
case,staff,date,start,end,hours,kind
F-1,S-1,2026-03-02,22:00,07:00,9.00,Jourtid
F-1,S-1,2026-03-28,22:00,07:00,8.00,Tid
F-1,S-2,2026-03-03,08:00,12:00,4.00,Tid
case,staff,hours,amount
F-1,S-1,17.00,
F-1,S-2,4.00,
F-1,,21.00,7350.00
{"case":"F-1","staff":"S-1","hours":17.00,"amount":null}
{"case":"F-1","staff":"S-2","hours":4.00,"amount":null}
{"case":"F-1","staff":"","hours":21.00,"amount":7350.00}
exit 2
@@ stderr
hours-check: --fk-totals goes with --fk-month
Try 'hours-check --help' for more information.
