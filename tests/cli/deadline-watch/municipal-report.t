fk.report for a case the municipality funds itself: none by default; a
profile that sets the municipality's own report day (here the 10th of
the next month) gets a time report a month, moved off weekends (10
October 2026 is a Saturday: due Monday 12 October) and met by the
case's recorded report for that month.
@@ file c.yaml
case: K-7
regime: se-pa
funder: municipality
start: 2026-09-01
events:
  - {type: fk-report, month: 2026-09, submitted: 2026-10-09}
@@ file p.yaml
rules:
  fk.report: {municipality_day: 10, municipality_months: 1}
@@ run
deadline-watch --today 2026-11-22 c.yaml | grep -c fk.report; deadline-watch -a --today 2026-11-22 -p p.yaml c.yaml | grep fk.report
@@ stdout
0
c.yaml:1: K-7: info: fk.report: done: time report to the municipality for 2026-09 was due 2026-10-12; done 2026-10-09
c.yaml:1: K-7: error: fk.report: overdue: time report to the municipality for 2026-10 was due 2026-11-10, 12 days ago
