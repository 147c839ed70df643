hours.overlap: one person in two shifts at once, across cases (an error
on the later one).  hours.double-staffing (se-pa): two staff on one case
at once needs a double-staffing grant; introduction shifts do not count.
@@ file c.yaml
case: A
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, hours_per_week: 100}]
---
case: B
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, hours_per_week: 100, double_staffing: true}]
@@ file s.csv
case,staff,date,start,end,kind
A,S-1,2026-03-02,08:00,16:00,active
B,S-1,2026-03-02,15:00,20:00,active
A,S-2,2026-03-03,08:00,16:00,active
A,S-3,2026-03-03,12:00,14:00,active
A,S-4,2026-03-03,14:00,16:00,introduction
B,S-5,2026-03-03,08:00,16:00,active
B,S-6,2026-03-03,08:00,16:00,active
@@ run
hours-check --today 2026-11-22 -l warning -c c.yaml s.csv
@@ stdout
s.csv:5: A: warning: hours.double-staffing: S-3 works 2026-03-03 12:00-14:00 at the same time as S-2 (s.csv:4, from 2026-03-03 08:00) without a double-staffing grant
s.csv:3: B: error: hours.overlap: S-1 works 2026-03-02 15:00-20:00 for B and 2026-03-02 08:00-16:00 for A (s.csv:2) at the same time
@@ status 1
