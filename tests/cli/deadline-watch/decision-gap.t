Decision chains: a day or more between a regular decision's end and the
next one's start.  deadline-watch (decision.expiry): the decision to fill
the gap is due the day the one before it ends, a warning within the
horizon, an error once the gap has begun.  plan-validate
(decision.in-force): a gap that has begun is an error, one ahead a
warning, naming the days.  D-1 to D-2 is a chain with no gap; D-3 to
D-4's two days are beyond the 60-day horizon.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions:
  - {id: D-1, from: 2026-01-01, to: 2026-06-30}
  - {id: D-2, from: 2026-07-01, to: 2026-12-30}
  - {id: D-3, from: 2027-01-01, to: 2027-03-31}
  - {id: D-4, from: 2027-04-03, to: 2027-12-31}
---
case: K-2
regime: se-pa
funder: municipality
start: 2026-01-01
decisions:
  - {id: D-5, from: 2026-01-01, to: 2026-09-30}
  - {id: D-6, from: 2026-10-02, to: 2027-06-30}
@@ run
deadline-watch --today 2026-11-22 -w 60d c.yaml | grep decision; plan-validate --today 2026-11-22 c.yaml | grep in-force
@@ stdout
c.yaml:8: K-1: warning: decision.expiry: decision for the gap 2026-12-31 between decisions D-2 and D-3 is due 2026-12-30, in 38 days
c.yaml:17: K-2: error: decision.expiry: decision for the gap 2026-10-01 between decisions D-5 and D-6 was due 2026-09-30, 53 days ago
c.yaml:8: K-1: warning: decision.in-force: decision D-2 ends 2026-12-30 and D-3 begins 2027-01-01: 2026-12-31 is covered by no decision
c.yaml:9: K-1: warning: decision.in-force: decision D-3 ends 2027-03-31 and D-4 begins 2027-04-03: 2027-04-01..2027-04-02 are covered by no decision
c.yaml:17: K-2: error: decision.in-force: decision D-5 ends 2026-09-30 and D-6 begins 2026-10-02: 2026-10-01 is covered by no decision
