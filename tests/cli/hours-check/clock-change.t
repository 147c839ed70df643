The nights the clock changes: a start or end in the hour skipped in spring
does not exist and the row is refused with its line; one in the hour the
autumn night shows twice is read as the first, in summer time, and said
as info under billing.dst, in Stockholm and Copenhagen alike.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-05
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, hours_per_week: 40}]
---
case: K-2
regime: dk-hh
start: 2026-01-05
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, hours_per_week: 40}]
@@ file s.csv
case,staff,date,start,end
K-1,S-1,2026-03-29,02:30,06:00
K-1,S-1,2026-03-28,22:00,02:00
K-1,S-1,2026-03-29,01:00,03:00
K-1,S-2,2026-10-25,02:30,06:00
K-1,S-3,2026-10-24,22:00,02:59
K-2,S-4,2026-10-25,02:00,04:00
K-1,S-5,2026-10-25,03:00,07:00
@@ run
hours-check -v --today 2026-11-22 -l info -c c.yaml s.csv | grep billing.dst
@@ stdout
s.csv:5: K-1: info: billing.dst: start 2026-10-25 02:30 happens twice in Europe/Stockholm (the clock is put back an hour that night); it is read as the first, in summer time
s.csv:6: K-1: info: billing.dst: end 2026-10-25 02:59 happens twice in Europe/Stockholm (the clock is put back an hour that night); it is read as the first, in summer time
s.csv:7: K-2: info: billing.dst: start 2026-10-25 02:00 happens twice in Europe/Copenhagen (the clock is put back an hour that night); it is read as the first, in summer time
@@ stderr
hours-check: case records: 2 read, 2 used, 0 rejected
hours-check: s.csv:2: start: 2026-03-29 02:30 does not exist in Europe/Stockholm: the clock is put forward an hour that night
hours-check: s.csv:3: end: 2026-03-29 02:00 does not exist in Europe/Stockholm: the clock is put forward an hour that night
hours-check: shifts: 7 read, 5 used, 2 rejected
