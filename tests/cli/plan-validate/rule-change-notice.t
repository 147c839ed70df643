schedule.change-notice and assistant.change-notice (se-pa): asked for a
month ahead, counted forward: a request is in time when request + 1 month
(clamped to the month's end) reaches the effective day.  For 31 March the
last day is 28 February, so 1 March is a day short; for 28 February it is
31 January (31 January + 1 month is 28 February), not 28 January, so
1 February is a day short; none at all once the month is up, an error.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-15
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-15, to: 2027-12-31}]
plan: {established: 2026-01-10, followups: [2026-07-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
events:
  - {type: schedule-change, requested: 2026-02-28, effective: 2026-03-31}
  - {type: schedule-change, requested: 2026-03-01, effective: 2026-03-31}
  - {type: assistant-change, effective: 2026-12-01}
  - {type: assistant-change, effective: 2026-12-31}
  - {type: schedule-change, requested: 2026-01-31, effective: 2026-02-28}
  - {type: schedule-change, requested: 2026-02-01, effective: 2026-02-28}
@@ run
plan-validate --today 2026-11-22 c.yaml
@@ stdout
c.yaml:15: K-1: warning: schedule.change-notice: schedule change taking effect 2026-02-28 was requested 2026-02-01, 1 day short of 1 month ahead (due 2026-01-31)
c.yaml:11: K-1: warning: schedule.change-notice: schedule change taking effect 2026-03-31 was requested 2026-03-01, 1 day short of 1 month ahead (due 2026-02-28)
c.yaml:12: K-1: error: assistant.change-notice: assistant change taking effect 2026-12-01 has no recorded request; it was due 2026-11-01 (1 month before)
@@ status 1
