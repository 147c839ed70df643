plan.initial (se-dv): within 14 days of the start.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-01
---
case: K-2
regime: se-dv
start: 2026-11-10
---
case: K-3
regime: se-dv
start: 2026-11-01
plan: {established: 2026-11-20}
@@ run
deadline-watch --today 2026-11-22 c.yaml
@@ stdout
c.yaml:3: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
c.yaml:7: K-2: warning: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-10 is due 2026-11-24, in 2 days
@@ status 1
