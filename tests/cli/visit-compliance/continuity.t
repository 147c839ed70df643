visit.continuity and --continuity: distinct staff per client in each
14-day period (fortnights from Monday 1900-01-01, so 2026-03-09..03-22),
counting visits that start 07:00-22:00; above the profile's max_staff is a
warning.  The national indicator takes the clients with 2 or more such
visits on every day of a whole period: K-1 (3 staff) and K-3 (2 staff),
not K-2, who had one visit on 03-15.  With -o csv the indicator goes to
standard error.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
---
case: K-2
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
---
case: K-3
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-3, from: 2026-01-01, to: 2026-12-31, hours_per_week: 10}]
@@ file p.yaml
rules:
  visit.continuity: {max_staff: 2}
@@ run
(echo case,visit,service,planned_start,planned_end,staff,status; for d in 09 10 11 12 13 14 15 16 17 18 19 20 21 22; do m=H-1; [ $((${d#0} % 2)) = 0 ] && m=H-2; echo "K-1,A$d,personal-care,2026-03-${d}T08:00,2026-03-${d}T08:30,$m,delivered"; echo "K-1,B$d,personal-care,2026-03-${d}T21:30,2026-03-${d}T21:50,H-3,delivered"; echo "K-1,C$d,personal-care,2026-03-${d}T22:30,2026-03-${d}T22:45,H-9,delivered"; echo "K-2,A$d,personal-care,2026-03-${d}T09:00,2026-03-${d}T09:30,H-4,delivered"; [ $d = 15 ] || echo "K-2,B$d,personal-care,2026-03-${d}T18:00,2026-03-${d}T18:30,H-4,delivered"; echo "K-3,A$d,personal-care,2026-03-${d}T07:00,2026-03-${d}T07:30,H-5,delivered"; echo "K-3,B$d,personal-care,2026-03-${d}T19:00,2026-03-${d}T19:30,H-6,delivered"; done; echo "K-1,A23,personal-care,2026-03-23T08:00,2026-03-23T08:30,H-1,delivered") > v.csv; visit-compliance -l warning -p p.yaml -c c.yaml v.csv; echo "exit $?"; visit-compliance --continuity -l warning -p p.yaml -c c.yaml v.csv; echo "exit $?"; visit-compliance --continuity -o csv -c c.yaml v.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: warning: visit.continuity: 3 different staff in 2026-03-09..2026-03-22 (visits 07:00-22:00), more than 2
exit 1
case     period                  visits  staff
K-1      2026-03-09..2026-03-22      28      3
K-1      2026-03-23..2026-04-05       1      1
K-2      2026-03-09..2026-03-22      27      1
K-3      2026-03-09..2026-03-22      28      2

personnel continuity 2026-03-09..2026-03-22: 2 clients with 2 or more visits 07:00-22:00 every day met 2.5 staff on average, median 2.5
exit 0
case,period_start,period_end,visits,staff
K-1,2026-03-09,2026-03-22,28,3
K-1,2026-03-23,2026-04-05,1,1
K-2,2026-03-09,2026-03-22,27,1
K-3,2026-03-09,2026-03-22,28,2
exit 0
@@ stderr
visit-compliance: personnel continuity 2026-03-09..2026-03-22: 2 clients with 2 or more visits 07:00-22:00 every day met 2.5 staff on average, median 2.5
