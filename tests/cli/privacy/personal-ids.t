privacy.ids: with personal identity numbers in every field where one can
be written (case, client, guardian, support person, decision, staff,
visit, provider, dates and times, free text, even a file name), no tool
prints one, in any output format or message: it is refused without being
echoed, or masked.  The outputs are not empty (the counts), and the
pattern finds nothing in them.
@@ file c.yaml
case: 19121212-1212
regime: se-pa
funder: fk
---
case: K-1
regime: se-pa
funder: fk
client: {id: 19121212-1212, guardians: [121212-1212, G-2]}
start: 2026-01-01
plan:
  established: 2025-12-20
  support_persons: [121212-1212, 0101801234]
  participated: false
  what: "ring 19121212-1212"
decisions:
  - {id: 121212-1212, from: 2026-01-01, to: 2026-12-31, hours_per_week: 40}
events:
  - {type: introduction, staff: 121212-1212, date: 2026-02-01}
  - {type: complaint, received: 2026-11-01, answered: 0101801234}
---
case: K-2
regime: dk-hh
client: {id: 0101801234, visually_impaired: true}
start: 2026-01-01
decisions:
  - {id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, every: 14d, minutes: 60}]}
@@ file t.csv
case,regime,funder,client_id,guardians,start
K-3,se-pa,fk,19121212-1212,0101801234,2026-01-01
121212+1212,se-pa,fk,,,2026-01-01
@@ file s.csv
case,staff,date,start,end
K-1,121212-1212,2026-03-02,08:00,16:00
121212-1212,S-1,2026-03-02,08:00,16:00
K-1,S-1,19121212-1212,08:00,16:00
K-1,S-1,2026-03-03,0101801234,16:00
K-1,S-1,2026-03-04,08:00,16:00
@@ file v.csv
case,visit,service,planned_start,planned_end,staff,status,replaces,provider
K-2,19121212-1212,cleaning,2026-03-07T09:00,2026-03-07T10:00,H-1,delivered,,P
K-2,V-2,cleaning,2026-03-09T09:00,2026-03-09T10:00,121212-1212,delivered,,P
0101801234,V-3,cleaning,2026-03-09T09:00,2026-03-09T10:00,H-1,delivered,,P
K-2,V-4,cleaning,2026-03-10T09:00,2026-03-10T10:00,H-1,delivered,0101801234,0101801234
K-2,V-5,0101801234,2026-03-10T09:00,2026-03-10T10:00,H-1,delivered,,P
K-2,V-6,cleaning,19121212-1212,2026-03-10T10:00,H-1,delivered,,P
@@ run
export SOURCE_DATE_EPOCH=1795305600; cp c.yaml 19121212-1212.yaml; for o in text csv json; do deadline-watch --uid-domain unit.example --today 2026-11-22 -a -o $o c.yaml t.csv 19121212-1212.yaml; plan-validate --today 2026-11-22 -o $o c.yaml t.csv; plan-validate -s --today 2026-11-22 -o $o c.yaml; for r in "" -s "--fk-month 2026-03"; do hours-check $r --today 2026-11-22 -o $o -c c.yaml s.csv; done; for r in "" -s --continuity; do visit-compliance $r -o $o -c c.yaml v.csv; done; done > out 2> err; deadline-watch --uid-domain unit.example --today 2026-11-22 -o ics c.yaml >> out 2>> err; wc -l < out; wc -l < err; grep -c redacted err; grep -cE '(^|[^0-9])([0-9]{6}|[0-9]{8})[-+][0-9]{4}([^0-9]|$)|(^|[^0-9])([0-9]{10}|[0-9]{12})([^0-9]|$)' out err || echo none anywhere
@@ stdout
96
319
55
out:0
err:0
none anywhere
