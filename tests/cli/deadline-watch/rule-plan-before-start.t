plan.before-start (se-pa): due on the start; met by plan.established.
K-1 overdue (error), K-2 due today (warning), K-3 met (silent), K-4 due
after the 30-day horizon (silent), K-5 exactly 30 days ahead (warning).
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-11-01
workenv_assessed: 2026-10-01
---
case: K-2
regime: se-pa
funder: municipality
start: 2026-11-22
workenv_assessed: 2026-10-01
---
case: K-3
regime: se-pa
funder: municipality
start: 2026-11-01
workenv_assessed: 2026-10-01
plan: {established: 2026-11-15}
---
case: K-4
regime: se-pa
funder: municipality
start: 2026-12-23
workenv_assessed: 2026-10-01
---
case: K-5
regime: se-pa
funder: municipality
start: 2026-12-22
workenv_assessed: 2026-10-01
@@ run
deadline-watch --today 2026-11-22 c.yaml
@@ stdout
c.yaml:4: K-1: error: plan.before-start: implementation plan (genomförandeplan) before the start on 2026-11-01 was due 2026-11-01, 21 days ago
c.yaml:10: K-2: warning: plan.before-start: implementation plan (genomförandeplan) before the start on 2026-11-22 is due today, 2026-11-22
c.yaml:29: K-5: warning: plan.before-start: implementation plan (genomförandeplan) before the start on 2026-12-22 is due 2026-12-22, in 30 days
@@ status 1
