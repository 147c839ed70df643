Bad rows are reported with file:line and left out, every other shift
still counted; -v counts shifts read, used and rejected (read = used +
rejected).  Unknown cases are reported once with a count.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, hours_per_week: 40}]
---
case: K-2
regime: se-pa
@@ file s.csv
case,staff,date,start,end,kind
K-1,S-1,2026-03-02,08:00,12:00,active
K-9,S-1,2026-03-03,08:00,12:00,active
K-1,S-1,2026-02-30,08:00,12:00,active
K-1,S-1,2026-03-04,8.0,12:00,active
K-1,S-1,2026-03-05,08:00,24:30,active
K-1,S-1,2026-03-06,08:00,08:00,active
K-1,S-1,2026-03-07,08:00,12:00,actve
K-1,S-1,2026-03-08,08:00,12:00,sleeping
K-9,S-2,2026-03-09,08:00,12:00,active
K-1,,2026-03-10,08:00,12:00,active
K-1,19121212-1212,2026-03-11,08:00,12:00,active
K-2,S-1,2026-03-12,08:00,12:00,active
K-1,S-1,2026-03-13,08:00,12:00
K-1,S-1,2026-03-14,"08:00",12:00,active
@@ file t.csv
case,staff,start,end
K-1,S-3,2026-03-20T08:00,2026-03-20T07:00
K-1,S-3,2025-03-20T08:00,2026-04-24T08:00
K-1,S-3,2026-03-21T08:00,2026-03-21T12:00
@@ file r.csv
staff,qualified
S-1,true
S-1,false
S-2,maybe
@@ run
hours-check -v --today 2026-11-22 --staff r.csv -l error -c c.yaml s.csv t.csv
@@ stderr
hours-check: c.yaml:7: case: missing required field 'funder' (fk or municipality) for a se-pa case
hours-check: case records: 2 read, 1 used, 1 rejected
hours-check: r.csv:3: staff S-1 is listed with another qualification at r.csv:2
hours-check: r.csv:4: qualified: expected true or false (also yes/no, ja/nej, 1/0, on/off, x for yes), found 'maybe'
hours-check: s.csv:3: unknown case 'K-9' (no case record given with -c)
hours-check: s.csv:4: date: invalid date '2026-02-30' (no such day or time)
hours-check: s.csv:5: start: invalid time '8.0' (expected HH:MM, H:MM, HH.MM, H.MM or HHMM)
hours-check: s.csv:6: end: invalid time '24:30' (no such day or time)
hours-check: s.csv:7: shift has no length: it ends when it starts
hours-check: s.csv:8: kind: unknown kind 'actve'; did you mean 'active'?
hours-check: s.csv:9: kind: unknown kind 'sleeping' (active, on-call, standby or introduction, or a Swedish or Danish word for one)
hours-check: s.csv:11: staff: not a usable staff id (empty, too long, control characters, or shaped like a personal identity number)
hours-check: s.csv:12: staff: not a usable staff id (empty, too long, control characters, or shaped like a personal identity number)
hours-check: s.csv:13: case 'K-2' has errors in its case record; its shifts are left out
hours-check: s.csv:14: 5 fields, the header has 6
hours-check: t.csv:2: shift ends before it starts
hours-check: t.csv:3: shift of 9600.0 hours is longer than 48 hours
hours-check: s.csv: 1 more shift of unknown case 'K-9' left out
hours-check: shifts: 17 read, 3 used, 14 rejected
@@ status 2
@@ stdout
hours-check: 14 shifts of 2 files were refused (see above); these findings leave them out
