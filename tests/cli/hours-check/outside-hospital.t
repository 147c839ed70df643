hours.outside-decision: before the start, after the contract ends (notice
+ 3 months), or with no decision in force: not billable.
hours.hospital (FK): a shift in the client's hospital stay is a warning in
the first 4 weeks and an error after.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-01-10
contract: {signed: 2026-01-01, notice: 2026-06-15}
decisions:
  - {id: D-1, from: 2026-01-01, to: 2026-04-30, hours_per_week: 40}
  - {id: D-2, from: 2026-05-05, to: 2026-12-31, hours_per_week: 40}
events:
  - {type: absence, from: 2026-03-01, to: 2026-04-15, reason: hospital}
@@ file s.csv
case,staff,start,end
K-1,S-1,2026-01-09T08:00,2026-01-09T12:00
K-1,S-1,2026-01-10T08:00,2026-01-10T12:00
K-1,S-1,2026-03-28T08:00,2026-03-28T12:00
K-1,S-1,2026-03-29T08:00,2026-03-29T12:00
K-1,S-1,2026-05-02T08:00,2026-05-02T12:00
K-1,S-1,2026-09-15T08:00,2026-09-15T12:00
K-1,S-1,2026-09-16T08:00,2026-09-16T12:00
@@ run
hours-check --today 2026-11-22 -l warning -c c.yaml s.csv
@@ stdout
c.yaml:1: K-1: warning: billing.fk: no FK hourly rate for 2026 in the profile (billing.fk rates): amounts for 2026 are left out
s.csv:2: K-1: error: hours.outside-decision: shift 2026-01-09 08:00 (4.00 h) is before the service start: not billable
s.csv:2: K-1: warning: staff.introduced: S-1's first shift with the client, 2026-01-09 08:00, had no introduction and no one who knows the client alongside
s.csv:4: K-1: warning: hours.hospital: shift 2026-03-28 08:00 during the client's hospital stay from 2026-03-01: FK pays only for special reasons
s.csv:5: K-1: error: hours.hospital: shift 2026-03-29 08:00 more than 4w into the client's hospital stay from 2026-03-01: FK does not pay it
s.csv:6: K-1: error: hours.outside-decision: shift 2026-05-02 08:00 (4.00 h) is outside every decision: not billable
s.csv:8: K-1: error: hours.outside-decision: shift 2026-09-16 08:00 (4.00 h) is after the case or its contract ended: not billable
@@ status 1
