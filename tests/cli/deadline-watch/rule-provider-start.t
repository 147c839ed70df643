provider.start (dk-hh): 10 working days after the choice, across
Christmas (25 and 26 December, 1 January); 1 day when urgent; met by a
start on or after the choice.
@@ file c.yaml
case: K-1
regime: dk-hh
events:
  - {type: provider-choice, chosen: 2026-12-18}
---
case: K-2
regime: dk-hh
events:
  - {type: provider-choice, chosen: 2026-12-18, urgent: true}
---
case: K-3
regime: dk-hh
start: 2026-12-21
workenv_assessed: 2026-12-21
events:
  - {type: provider-choice, chosen: 2026-12-18}
@@ run
deadline-watch --today 2026-12-18 c.yaml
@@ stdout
c.yaml:4: K-1: warning: provider.start: start of help within 10 working days of choosing the provider on 2026-12-18 is due 2027-01-05, in 18 days
c.yaml:9: K-2: warning: provider.start: start of urgent help within 1 day of choosing the provider on 2026-12-18 is due 2026-12-19, in 1 day
@@ status 1
