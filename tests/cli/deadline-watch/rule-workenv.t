workenv.before-start (se-pa) on the start; workenv.apv (dk-hh) one month
after it, clamped: 2026-10-31 + 1m is 2026-11-30.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-11-02
plan: {established: 2026-10-30}
---
case: K-2
regime: dk-hh
start: 2026-10-31
---
case: K-3
regime: dk-hh
start: 2026-09-30
workenv_assessed: 2026-10-20
@@ run
deadline-watch --today 2026-11-22 c.yaml
@@ stdout
c.yaml:4: K-1: error: workenv.before-start: work-environment survey before the start on 2026-11-02 was due 2026-11-02, 20 days ago
c.yaml:9: K-2: warning: workenv.apv: workplace assessment (APV) within 1 month of the start on 2026-10-31 is due 2026-11-30, in 8 days
@@ status 1
