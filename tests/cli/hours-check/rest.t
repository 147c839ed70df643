worktime.daily-rest: 11 hours of rest in one stretch within the 24 hours
from each start of work; exactly 11 hours is enough, 10 h 59 min is not.
worktime.weekly-rest: 36 hours within the 7 days from each start of work:
Saturday 16:00 to Monday 04:00 is exactly 36 hours; to 03:00 is 35.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, to: 2027-12-31, hours_per_week: 168, double_staffing: true}]
@@ file s.csv
case,staff,start,end
K-1,S-1,2026-03-02T08:00,2026-03-02T21:00
K-1,S-1,2026-03-03T08:00,2026-03-03T12:00
K-1,S-2,2026-03-02T08:00,2026-03-02T21:01
K-1,S-2,2026-03-03T08:00,2026-03-03T12:00
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
@@ run
hours-check --today 2026-11-22 -l error -c c.yaml s.csv
@@ stdout
s.csv:4: K-1: error: worktime.daily-rest: S-2 has at most 10 h 59 min of rest in one stretch in the 24 hours from 2026-03-02 08:00 (at least 11 h 00 min)
s.csv:7: K-1: error: worktime.weekly-rest: S-4 has at most 35 h 00 min of rest in one stretch in the 7 days from 2026-03-09 08:00 (at least 36 h 00 min)
s.csv:9: K-1: error: worktime.weekly-rest: S-4 has at most 35 h 00 min of rest in one stretch in the 7 days from 2026-03-10 08:00 (at least 36 h 00 min)
@@ status 1
