hours.granted: a seventh of hours_per_week for each day a decision is in
force.  Municipality: calendar months (70 h a week over 31 days of March
is 310 h).  FK: six-month periods from the first decision.  Over the grant
is an error with the excess; under it, once the period is over, info with
the share used.
@@ file c.yaml
case: M-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, hours_per_week: 70}]
---
case: M-2
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, hours_per_week: 3.5}]
---
case: F-1
regime: se-pa
funder: fk
start: 2026-02-15
decisions: [{id: D-1, from: 2026-02-15, to: 2027-02-14, hours_per_week: 7}]
@@ file s.csv
case,staff,start,end
M-1,S-1,2026-03-02T08:00,2026-03-02T16:00
M-2,S-2,2026-03-02T08:00,2026-03-02T16:00
M-2,S-2,2026-03-05T08:00,2026-03-05T16:00
F-1,S-3,2026-03-02T08:00,2026-03-02T16:00
F-1,S-3,2026-08-17T08:00,2026-08-17T16:00
@@ run
hours-check --today 2026-11-22 -c c.yaml s.csv; hours-check --today 2026-11-22 -s -c c.yaml s.csv
@@ stdout
c.yaml:1: M-1: info: hours.granted: used 8.00 h of 310.00 h granted in 2026-03-01..2026-03-31 (3%)
c.yaml:7: M-2: error: hours.granted: used 16.00 h of 15.50 h granted in 2026-03-01..2026-03-31: 0.50 h over
c.yaml:13: F-1: warning: billing.fk: no FK hourly rate for 2026 in the profile (billing.fk rates): amounts for 2026 are left out
c.yaml:13: F-1: info: hours.granted: used 8.00 h of 181.00 h granted in 2026-02-15..2026-08-14 (4%)
case         period                   granted      used remaining  billable       amount  used of granted
M-1          2026-03-01..2026-03-31    310.00      8.00    302.00      8.00               [#                   ]    3%
M-2          2026-03-01..2026-03-31     15.50     16.00     -0.50     15.50               [####################]+ 103%
F-1          2026-02-15..2026-08-14    181.00      8.00    173.00      8.00               [#                   ]    4%
F-1          2026-08-15..2027-02-14    184.00      8.00    176.00      8.00               [#                   ]    4%
