absence.notify (se-dv): an absence longer than 14 days is reported on the
day it passes 14 days.  14 days (1-14 Nov) owes nothing; 15 days does.
@@ file c.yaml
case: K-1
regime: se-dv
events:
  - {type: absence, from: 2026-11-01, to: 2026-11-14}
  - {type: absence, from: 2026-10-01, to: 2026-10-15}
  - {type: absence, from: 2026-11-10, reason: illness}
  - {type: absence, from: 2026-09-01, to: 2026-09-30, notified: 2026-09-12}
@@ run
deadline-watch --today 2026-11-22 c.yaml
@@ stdout
c.yaml:5: K-1: error: absence.notify: notice to the LSS case officer (handläggare) of the absence from 2026-10-01 was due 2026-10-15, 38 days ago
c.yaml:6: K-1: warning: absence.notify: notice to the LSS case officer (handläggare) of the absence from 2026-11-10 is due 2026-11-24, in 2 days
@@ status 1
