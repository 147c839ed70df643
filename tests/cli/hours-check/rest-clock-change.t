worktime.daily-rest on the nights the clock changes: a period is 24 hours
of the law's (ATL 13 §) whatever the clock does, so the day of 29 March
2026, which the clock makes 23 hours long, allows 13 hours of work like
any other (S-4, whose rest before it is 36 hours, keeps the rule) and
13 h 01 min leaves 10 h 59 min of rest (S-1); the day of 25 October,
25 hours by the clock, allows no more, so 14 hours of work leaves 10
(S-2).  A daily break at 02:30, a time the clock skips on 29 March,
begins that day's period at the first minute the clock shows after it,
03:00: S-3's rest of 29 hours before 03:10 touches it, and 11 h 50 min
of work in it leaves 12 h 10 min of its 24 hours; nothing is found.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, to: 2027-12-31, hours_per_week: 168, double_staffing: true}]
@@ file s.csv
case,staff,start,end
K-1,S-1,2026-03-27T08:00,2026-03-27T10:00
K-1,S-1,2026-03-29T07:00,2026-03-29T20:01
K-1,S-1,2026-03-31T08:00,2026-03-31T10:00
K-1,S-4,2026-03-27T08:00,2026-03-27T18:00
K-1,S-4,2026-03-29T07:00,2026-03-29T20:00
K-1,S-4,2026-03-30T08:00,2026-03-30T16:00
K-1,S-2,2026-10-23T08:00,2026-10-23T10:00
K-1,S-2,2026-10-25T08:00,2026-10-25T22:00
K-1,S-2,2026-10-27T08:00,2026-10-27T10:00
@@ file b.csv
case,staff,start,end
K-1,S-3,2026-03-27T20:00,2026-03-27T22:00
K-1,S-3,2026-03-29T03:10,2026-03-29T06:00
K-1,S-3,2026-03-29T16:00,2026-03-30T01:00
K-1,S-3,2026-03-30T10:00,2026-03-30T12:00
@@ file b.yaml
regime: se-pa
rules:
  worktime.daily-rest: {break: "02:30", night: off}
@@ run
hours-check --today 2026-11-22 -l error -c c.yaml s.csv; echo "exit $?"; hours-check --today 2026-11-22 -l error -p b.yaml -c c.yaml b.csv; echo "exit $?"
@@ stdout
s.csv:3: K-1: error: worktime.daily-rest: S-1 has at most 10 h 59 min of rest in one stretch in the day from 2026-03-29 00:00 (at least 11 h 00 min; ATL)
s.csv:9: K-1: error: worktime.daily-rest: S-2 has at most 10 h 00 min of rest in one stretch in the day from 2026-10-25 00:00 (at least 11 h 00 min; ATL)
exit 1
exit 0
