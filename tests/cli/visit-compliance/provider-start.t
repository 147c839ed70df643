provider.start: practical help comes no later than 10 working days after
the provider was chosen (chosen Monday 2026-03-02: by Monday 03-16), urgent
personal help within 1 day.  A choice whose time has not run out when the
log ends is no finding.  For one made before the log begins the case
record's start says when help began: K-6's began after its due day (chosen
Monday 2026-02-02: by 02-16), K-5 records no start and is no finding.
@@ file c.yaml
case: K-1
regime: dk-hh
decisions: [{id: D-1, from: 2026-03-02, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
events: [{type: provider-choice, chosen: 2026-03-02}]
---
case: K-2
regime: dk-hh
decisions: [{id: D-2, from: 2026-03-02, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
events: [{type: provider-choice, chosen: 2026-03-02}]
---
case: K-3
regime: dk-hh
decisions: [{id: D-3, from: 2026-03-02, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
events: [{type: provider-choice, chosen: 2026-03-02, urgent: true}]
---
case: K-4
regime: dk-hh
decisions: [{id: D-4, from: 2026-03-02, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
events: [{type: provider-choice, chosen: 2026-03-10}]
---
case: K-5
regime: dk-hh
decisions: [{id: D-5, from: 2026-02-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
events: [{type: provider-choice, chosen: 2026-02-20}]
---
case: K-6
regime: dk-hh
start: 2026-02-18
decisions: [{id: D-6, from: 2026-02-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
events: [{type: provider-choice, chosen: 2026-02-02}]
@@ file v.csv
case,visit,service,planned_start,planned_end,staff,status
K-1,V-1,cleaning,2026-03-16T09:00,2026-03-16T10:00,H-1,delivered
K-2,V-2,cleaning,2026-03-17T09:00,2026-03-17T10:00,H-1,delivered
K-3,V-3,personal-care,2026-03-04T09:00,2026-03-04T09:30,H-1,delivered
K-4,V-4,cleaning,2026-03-10T09:00,2026-03-10T10:00,,missed-provider
K-5,V-5,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-2,delivered
K-3,V-6,personal-care,2026-03-02T20:00,2026-03-02T20:30,,cancelled-client
K-6,V-7,cleaning,2026-03-03T09:00,2026-03-03T10:00,H-2,delivered
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"
@@ stdout
c.yaml:9: K-2: error: provider.start: practical help first came 2026-03-17, later than 2026-03-16 (10 working days after the provider was chosen on 2026-03-02)
c.yaml:14: K-3: error: provider.start: urgent personal help first came 2026-03-04, later than 2026-03-03 (1 day after the provider was chosen on 2026-03-02)
v.csv:5: K-4: error: visit.replacement: cleaning visit V-4 of 2026-03-10, missed by the provider, was not replaced by 2026-03-17 (5 working days)
c.yaml:30: K-6: error: provider.start: help began 2026-02-18 by the case record, later than 2026-02-16 (10 working days after the provider was chosen on 2026-02-02)
exit 1
