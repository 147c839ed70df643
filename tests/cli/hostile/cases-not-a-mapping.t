A YAML document that is a list or a scalar, not a case, is reported; the
case after them is read.
@@ file c.yaml
- case: K-1
---
just text
---
case: K-2
regime: se-dv
start: 2026-01-01
@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
c.yaml:7: K-2: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-01-01 was due 2026-01-15, 311 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-01 was due 2026-02-16, 279 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-02 was due 2026-03-16, 251 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-03 was due 2026-04-14, 222 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-04 was due 2026-05-15, 191 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-05 was due 2026-06-15, 160 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14, 131 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14, 100 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14, 69 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14, 39 days ago
c.yaml:5: K-2: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16, 6 days ago
deadline-watch: 2 case records were refused (see above); these findings leave them out
exit 2
@@ stderr
deadline-watch: c.yaml:1: expected a case record (a mapping), found a list
deadline-watch: c.yaml:3: expected a case record (a mapping), found a value
deadline-watch: case records: 3 read, 1 used, 2 rejected
