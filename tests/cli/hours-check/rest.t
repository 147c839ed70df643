worktime.daily-rest and worktime.weekly-rest by ATL's fixed periods: 11 hours
of rest in each 24 hours from the daily break (00:00; here also 19:00), 36
hours in each 7 days from the weekly break (Monday 00:00).  A rest that runs
across the break counts in both periods, but a period never has more rest
than it has hours not worked: 13 hours of work is enough rest (S-1), 13 h 01
min is not (S-2).  An ordinary 08-16 week is lawful (S-5).  Seven hours
between two days is lawful in fixed periods (S-6) and not in the stricter
rolling reading, which also finds what the shift before a week does.  The
first period of a timesheet is judged only by what is worked in it: the rest
before is not known.  Saturday 16:00 to Monday 04:00 is 36 hours (S-3); to
03:00 is 35 (S-4).  A night from 19:00 to 08:01 breaks the 24 hours from a
19:00 break and not those from 00:00 (S-7).
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, to: 2027-12-31, hours_per_week: 168, double_staffing: true}]
@@ file s.csv
case,staff,start,end
K-1,S-1,2026-03-01T20:00,2026-03-01T22:00
K-1,S-1,2026-03-02T08:00,2026-03-02T21:00
K-1,S-1,2026-03-03T08:00,2026-03-03T12:00
K-1,S-2,2026-03-01T20:00,2026-03-01T22:00
K-1,S-2,2026-03-02T08:00,2026-03-02T21:01
K-1,S-2,2026-03-03T08:00,2026-03-03T12:00
K-1,S-3,2026-03-08T10:00,2026-03-08T12:00
K-1,S-4,2026-03-08T10:00,2026-03-08T12:00
K-1,S-3,2026-03-09T08:00,2026-03-09T16:00
K-1,S-4,2026-03-09T08:00,2026-03-09T16:00
K-1,S-3,2026-03-10T08:00,2026-03-10T16:00
K-1,S-4,2026-03-10T08:00,2026-03-10T16:00
K-1,S-3,2026-03-11T08:00,2026-03-11T16:00
K-1,S-4,2026-03-11T08:00,2026-03-11T16:00
K-1,S-3,2026-03-12T08:00,2026-03-12T16:00
K-1,S-4,2026-03-12T08:00,2026-03-12T16:00
K-1,S-3,2026-03-13T08:00,2026-03-13T16:00
K-1,S-4,2026-03-13T08:00,2026-03-13T16:00
K-1,S-3,2026-03-14T08:00,2026-03-14T16:00
K-1,S-4,2026-03-14T08:00,2026-03-14T16:00
K-1,S-3,2026-03-16T04:00,2026-03-16T12:00
K-1,S-4,2026-03-16T03:00,2026-03-16T12:00
K-1,S-5,2026-03-02T08:00,2026-03-02T16:00
K-1,S-5,2026-03-03T08:00,2026-03-03T16:00
K-1,S-5,2026-03-04T08:00,2026-03-04T16:00
K-1,S-5,2026-03-05T08:00,2026-03-05T16:00
K-1,S-5,2026-03-06T08:00,2026-03-06T16:00
K-1,S-6,2026-03-03T10:00,2026-03-03T23:00
K-1,S-6,2026-03-04T06:00,2026-03-04T12:00
K-1,S-7,2026-03-02T19:00,2026-03-03T08:00
K-1,S-7,2026-03-04T19:00,2026-03-05T08:01
@@ file b19.yaml
regime: se-pa
rules:
  worktime.daily-rest: {break: "19:00"}
@@ file rolling.yaml
regime: se-pa
rules:
  worktime.daily-rest: {rolling: on}
  worktime.weekly-rest: {rolling: on}
@@ run
for p in "" "-p b19.yaml" "-p rolling.yaml"; do hours-check --today 2026-11-22 -l error $p -c c.yaml s.csv; echo "exit $?"; done
@@ stdout
s.csv:6: K-1: error: worktime.daily-rest: S-2 has at most 10 h 59 min of rest in one stretch in the day from 2026-03-02 00:00 (at least 11 h 00 min; ATL)
s.csv:11: K-1: error: worktime.weekly-rest: S-4 has at most 35 h 00 min of rest in one stretch in the week from 2026-03-09 00:00 (at least 36 h 00 min; ATL)
exit 1
s.csv:32: K-1: error: worktime.daily-rest: S-7 has at most 10 h 59 min of rest in one stretch in the day from 2026-03-04 19:00 (at least 11 h 00 min; ATL)
s.csv:11: K-1: error: worktime.weekly-rest: S-4 has at most 35 h 00 min of rest in one stretch in the week from 2026-03-09 00:00 (at least 36 h 00 min; ATL)
exit 1
s.csv:2: K-1: error: worktime.daily-rest: S-1 has at most 10 h 00 min of rest in one stretch in the 24 hours from 2026-03-01 20:00 (at least 11 h 00 min; ATL, rolling)
s.csv:5: K-1: error: worktime.daily-rest: S-2 has at most 10 h 00 min of rest in one stretch in the 24 hours from 2026-03-01 20:00 (at least 11 h 00 min; ATL, rolling)
s.csv:6: K-1: error: worktime.daily-rest: S-2 has at most 10 h 59 min of rest in one stretch in the 24 hours from 2026-03-02 08:00 (at least 11 h 00 min; ATL, rolling)
s.csv:29: K-1: error: worktime.daily-rest: S-6 has at most 7 h 00 min of rest in one stretch in the 24 hours from 2026-03-03 10:00 (at least 11 h 00 min; ATL, rolling)
s.csv:32: K-1: error: worktime.daily-rest: S-7 has at most 10 h 59 min of rest in one stretch in the 24 hours from 2026-03-04 19:00 (at least 11 h 00 min; ATL, rolling)
s.csv:8: K-1: error: worktime.weekly-rest: S-3 has at most 20 h 00 min of rest in one stretch in the 7 days from 2026-03-08 10:00 (at least 36 h 00 min; ATL, rolling)
s.csv:9: K-1: error: worktime.weekly-rest: S-4 has at most 20 h 00 min of rest in one stretch in the 7 days from 2026-03-08 10:00 (at least 36 h 00 min; ATL, rolling)
s.csv:11: K-1: error: worktime.weekly-rest: S-4 has at most 35 h 00 min of rest in one stretch in the 7 days from 2026-03-09 08:00 (at least 36 h 00 min; ATL, rolling)
s.csv:13: K-1: error: worktime.weekly-rest: S-4 has at most 35 h 00 min of rest in one stretch in the 7 days from 2026-03-10 08:00 (at least 36 h 00 min; ATL, rolling)
exit 1
