staff.introduced: a staff member's first shift with a client should be an
introduction shift, or alongside someone who knows the client, or follow
an introduction event.  Staff in the first 7 days of the case's shifts
are taken to know the client (the timesheet starts mid-way), unless the
case started then.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, hours_per_week: 100, double_staffing: true}]
events:
  - {type: introduction, date: 2026-03-10, staff: S-5}
---
case: K-2
regime: se-pa
funder: municipality
start: 2026-03-01
decisions: [{id: D-1, from: 2026-03-01, hours_per_week: 100, double_staffing: true}]
@@ file s.csv
case,staff,date,start,end,kind
K-1,S-1,2026-03-01,08:00,16:00,active
K-1,S-2,2026-03-06,08:00,16:00,active
K-1,S-3,2026-03-09,08:00,16:00,active
K-1,S-4,2026-03-10,08:00,12:00,introduction
K-1,S-4,2026-03-11,08:00,16:00,active
K-1,S-5,2026-03-12,08:00,16:00,active
K-1,S-6,2026-03-13,08:00,16:00,active
K-1,S-1,2026-03-13,12:00,20:00,active
K-1,S-7,2026-03-14,08:00,16:00,active
K-1,S-8,2026-03-14,08:00,16:00,active
K-2,S-9,2026-03-01,08:00,16:00,active
@@ run
hours-check --today 2026-11-22 -l warning -c c.yaml s.csv
@@ stdout
s.csv:4: K-1: warning: staff.introduced: S-3's first shift with the client, 2026-03-09 08:00, had no introduction and no one who knows the client alongside
s.csv:10: K-1: warning: staff.introduced: S-7's first shift with the client, 2026-03-14 08:00, had no introduction and no one who knows the client alongside
s.csv:11: K-1: warning: staff.introduced: S-8's first shift with the client, 2026-03-14 08:00, had no introduction and no one who knows the client alongside
s.csv:12: K-2: warning: staff.introduced: S-9's first shift with the client, 2026-03-01 08:00, had no introduction and no one who knows the client alongside
@@ status 1
