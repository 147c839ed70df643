schedule.change-notice and assistant.change-notice: asked for a month
before the change takes effect.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
events:
  - {type: schedule-change, effective: 2026-12-20}
  - {type: schedule-change, effective: 2026-12-31, requested: 2026-11-20}
  - {type: assistant-change, effective: 2027-01-15}
  - {type: assistant-change, effective: 2027-03-31}
@@ run
deadline-watch --today 2026-11-22 c.yaml
@@ stdout
c.yaml:5: K-1: error: schedule.change-notice: request for the schedule change taking effect 2026-12-20 was due 2026-11-20, 2 days ago
c.yaml:7: K-1: warning: assistant.change-notice: request for the assistant change taking effect 2027-01-15 is due 2026-12-15, in 23 days
@@ status 1
