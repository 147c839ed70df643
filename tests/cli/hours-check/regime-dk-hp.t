dk-hp (helhedspleje under Ældreloven) has no minute budget: hours.granted,
hours.private-helper and hours.average-visited are off for its cases, so
P-1's 25 hours in a week of a 22-hour decision are not over-use, while the
dk-hh case D-1's are.  staff.unskilled is the provider's whole staff: the
shifts of both regimes count (H-2, unskilled, works for P-1 only).  A
unit that keeps the budget for dk-hp switches hours.granted on.
@@ file c.yaml
case: D-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: V-1, from: 2026-01-01, hours_per_week: 4}]
---
case: P-1
regime: dk-hp
start: 2026-01-01
decisions: [{id: V-2, from: 2026-01-01, hours_per_week: 22}]
@@ file roster.csv
staff,qualified,employment
H-1,true,permanent
H-2,false,temporary
@@ file s.csv
case,staff,date,start,end
D-1,H-1,2026-03-02,08:00,13:00
P-1,H-1,2026-03-02,13:00,23:00
P-1,H-1,2026-03-03,08:00,18:00
P-1,H-2,2026-03-04,08:00,13:00
@@ file unit.yaml
regime: dk-hp
rules:
  hours.granted: on
@@ run
hours-check --today 2026-11-22 --staff roster.csv -c c.yaml s.csv; echo "exit $?"; hours-check --today 2026-11-22 -p unit.yaml -c c.yaml s.csv
@@ stdout
c.yaml:1: D-1: error: hours.granted: used 5.00 h of 4.00 h granted in 2026-03-02..2026-03-08: 1.00 h over
roster.csv:1: *: error: staff.unskilled: in 2026 unskilled staff work 16.7% of the hours (5.00 of 30.00 h; at most 10%; a partial figure: the file has 2026-03-02..2026-03-04 of the year)
s.csv:1: *: info: hours.average-visited: on average 4.00 h a week granted per recipient over 1 dk-hh recipients (target 3.0-3.5 h)
exit 1
c.yaml:1: D-1: error: hours.granted: used 5.00 h of 4.00 h granted in 2026-03-02..2026-03-08: 1.00 h over
c.yaml:6: P-1: error: hours.granted: used 25.00 h of 22.00 h granted in 2026-03-02..2026-03-08: 3.00 h over
s.csv:1: *: info: hours.average-visited: on average 4.00 h a week granted per recipient over 1 dk-hh recipients (target 3.0-3.5 h)
@@ status 1
