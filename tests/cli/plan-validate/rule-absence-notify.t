absence.notify (se-dv): an absence longer than 14 days is reported to the
LSS case officer by the day it passes 14 days (the 15th day).  1-14 March
owes nothing; for one from 1 April, notice on 15 April is in time and on
16 April a day late; none at all, an error.
@@ file c.yaml
case: K-1
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
events:
  - {type: absence, from: 2026-03-01, to: 2026-03-14}
  - {type: absence, from: 2026-04-01, to: 2026-05-10, notified: 2026-04-15}
  - {type: absence, from: 2026-06-01, to: 2026-06-30, notified: 2026-06-16}
  - {type: absence, from: 2026-09-01, reason: hospital}
  - {type: absence, from: 2026-11-10}
@@ run
plan-validate --today 2026-11-22 c.yaml
@@ stdout
c.yaml:8: K-1: warning: absence.notify: absence from 2026-06-01: the LSS case officer (handläggare) was told 2026-06-16, 1 day after it passed 14 days (2026-06-15)
c.yaml:9: K-1: error: absence.notify: absence from 2026-09-01 passed 14 days on 2026-09-15 and the LSS case officer (handläggare) has not been told
@@ status 1
