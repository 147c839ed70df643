Bad records are reported with file:line and left out; every other case is
still checked, and the exit status is 2.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-01
---
case: K-2
regime: se-dv
start: 2026-02-30
---
case: K-3
regime: se-pa
funder: fk
decisions:
  - id: D-1
    from: 2026-01-01
    to: 2026-12-31
    hours_per_weak: 20
---
case: K-1
regime: se-dv
---
case: K-4
regime: se-dv
start: 2026-11-02
@@ run
deadline-watch -v --today 2026-11-22 c.yaml
@@ stdout
c.yaml:3: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
c.yaml:23: K-4: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-02 was due 2026-11-16, 6 days ago
deadline-watch: 3 case records were refused (see above); these findings leave them out
@@ stderr
deadline-watch: c.yaml:18: duplicate case 'K-1' (first at c.yaml:1)
deadline-watch: c.yaml:7: start: invalid date '2026-02-30' (no such day or time)
deadline-watch: c.yaml:16: unknown field 'hours_per_weak' in decision; did you mean 'hours_per_week'?
deadline-watch: case records: 5 read, 2 used, 3 rejected
@@ status 2
