hours.temporary: a temporary increase adds its hours for its dates; use
above the regular grant but within the increase is info, not an error.
With the rule off the increase does not count.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions:
  - {id: D-1, from: 2026-01-01, to: 2026-12-31, hours_per_week: 7}
  - {id: T-1, from: 2026-07-01, to: 2026-07-07, hours_per_week: 70, temporary: true}
@@ file s.csv
case,staff,start,end
K-1,S-1,2026-07-01T08:00,2026-07-01T20:00
K-1,S-1,2026-07-02T08:00,2026-07-02T20:00
K-1,S-1,2026-07-03T08:00,2026-07-03T20:00
@@ file off.yaml
regime: se-pa
rules:
  hours.temporary: off
@@ run
hours-check --today 2026-11-22 -c c.yaml s.csv; hours-check --today 2026-11-22 -p off.yaml -c c.yaml s.csv
@@ stdout
c.yaml:1: K-1: info: hours.temporary: used 36.00 h in 2026-07-01..2026-07-31: 5.00 h above the regular grant, within the temporary increase of 70.00 h
c.yaml:1: K-1: error: hours.granted: used 36.00 h of 31.00 h granted in 2026-07-01..2026-07-31: 5.00 h over
@@ status 1
