dv.summary (se-dv): each month since the start that is over, due 14 days
after (Saturday 14 November: Monday 16); quarterly with a profile.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-08-15
plan: {established: 2026-08-20}
events:
  - {type: summary, period: 2026-08, done: 2026-09-10}
  - {type: summary, period: 2026-09, done: 2026-10-14}
@@ file quarterly.yaml
regime: se-dv
rules:
  dv.summary: {period: quarterly}
@@ run
deadline-watch --today 2026-11-22 c.yaml; deadline-watch --today 2026-11-22 -p quarterly.yaml c.yaml
@@ stdout
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16, 6 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-Q3 was due 2026-10-14, 39 days ago
@@ status 1
