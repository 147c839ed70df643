plan.followup: 6 months (se-pa) or 12 months (se-dv) after the latest of
establishment and follow-ups, month ends clamped: 2026-05-31 + 6m is
2026-11-30; 2025-11-22 + 12m is today, Sunday 2026-11-22, so it is due on
Monday (roll_forward).
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
plan: {established: 2025-11-10, followups: [2026-05-20]}
---
case: K-2
regime: se-pa
funder: municipality
plan: {established: 2025-12-31, followups: [2026-05-31]}
---
case: K-3
regime: se-dv
plan: {established: 2025-11-22}
---
case: K-4
regime: se-dv
end: 2026-10-31
plan: {established: 2025-10-01}
@@ run
deadline-watch --today 2026-11-22 c.yaml
@@ stdout
c.yaml:4: K-1: error: plan.followup: plan follow-up (6 months after 2026-05-20) was due 2026-11-20, 2 days ago
c.yaml:9: K-2: warning: plan.followup: plan follow-up (6 months after 2026-05-31) is due 2026-11-30, in 8 days
c.yaml:13: K-3: warning: plan.followup: plan follow-up (12 months after 2025-11-22) is due 2026-11-23, in 1 day
c.yaml:18: K-4: error: plan.followup: plan follow-up (12 months after 2025-10-01) was due 2026-10-01, 52 days ago
@@ status 1
