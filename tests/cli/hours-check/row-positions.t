Findings name the file and line of each shift they are about, and of the
other shift an overlap is with, past rows refused (by the reader, and by
hours-check after reading: a start the clock skips), a record over two
lines, a blank line, and from one file into the next (the store keeps a
shift's position as marks where rows stop following line by line).
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
decisions: [{id: D-1, from: 2025-01-01, hours_per_week: 100}]
@@ file s1.csv
case,staff,date,start,end,kind
A,S-1,2026-03-02,08:00,16:00,active
A,S-1,2026-13-02,08:00,16:00,active
"A",S-2,2026-03-02,08:00,16:00,"act
ive"
A,S-3,2026-03-02,08:00,10:00,active
@@ file s2.csv
case,staff,date,start,end,kind

B,S-1,2026-03-02,15:00,20:00,active
B,S-5,2026-03-29,02:30,04:00,active
B,S-3,2026-03-02,09:00,11:00,active
@@ run
hours-check --today 2026-11-22 -l warning -c c.yaml s1.csv s2.csv
@@ stdout
s1.csv:2: A: warning: hours.double-staffing: S-1 works 2026-03-02 08:00-16:00 at the same time as S-3 (s1.csv:6, from 2026-03-02 08:00) without a double-staffing grant
s2.csv:3: B: error: hours.overlap: S-1 works 2026-03-02 15:00-20:00 for B and 2026-03-02 08:00-16:00 for A (s1.csv:2) at the same time
s2.csv:5: B: error: hours.overlap: S-3 works 2026-03-02 09:00-11:00 for B and 2026-03-02 08:00-10:00 for A (s1.csv:6) at the same time
hours-check: 3 shifts of 2 files were refused (see above); these findings leave them out
@@ stderr
hours-check: s1.csv:3: date: invalid date '2026-13-02' (no such day or time)
hours-check: s1.csv:4: kind: unknown kind 'act\nive'; did you mean 'active'?
hours-check: s2.csv:4: start: 2026-03-29 02:30 does not exist in Europe/Stockholm: the clock is put forward an hour that night
@@ status 2
