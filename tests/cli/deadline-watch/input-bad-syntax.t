A YAML syntax error loses only its own document; a CSV row with bad
quoting only its own row.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-01
---
case: K-2
  regime: se-dv
---
case: K-3
regime: se-dv
start: 2026-11-03
@@ file c.csv
case,regime,start
K-4,se-dv,2026-11-04
K-5,se-dv,"2026-11-05"x
K-6,se-dv,2026-11-06,extra
K-7,se-dv,2026-11-07
@@ run
deadline-watch -v --today 2026-11-22 c.yaml c.csv
@@ stdout
c.yaml:3: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
c.yaml:10: K-3: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-03 was due 2026-11-17, 5 days ago
c.csv:2: K-4: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-04 was due 2026-11-18, 4 days ago
c.csv:5: K-7: warning: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-07 is due 2026-11-23, in 1 day
deadline-watch: 3 case records were refused (see above); these findings leave them out
@@ stderr
deadline-watch: c.yaml:6: YAML: mapping values are not allowed in this context
deadline-watch: c.csv:3: malformed quoting (a quote inside an unquoted field, or text after a closing quote)
deadline-watch: c.csv:4: 4 fields, the header has 3
deadline-watch: case records: 7 read, 4 used, 3 rejected
@@ status 2
