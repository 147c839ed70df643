hours.double-staffing across the night the clock is put back: a shift of
48 hours by the clock lasts 49, and the scan back from a later shift
reaches the whole of it (S-2 starts 48 h 30 min after S-1 and works its
last half hour with S-1).
@@ file c.yaml
case: A
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, hours_per_week: 168}]
@@ file s.csv
case,staff,start,end,kind
A,S-1,2026-10-24 08:00,2026-10-26 08:00,active
A,S-2,2026-10-26 07:30,2026-10-26 12:00,active
@@ run
hours-check --today 2026-11-22 -l warning -c c.yaml s.csv
@@ stdout
s.csv:2: A: warning: worktime.daily-rest: S-1 works between 00:00 and 05:00 on 2 nights in 2026-10, the first 2026-10-25: the daily rest should include that time unless the work requires otherwise (ATL)
s.csv:2: A: error: worktime.daily-rest: S-1 has at most 8 h 00 min of rest in one stretch in the day from 2026-10-24 00:00 (at least 11 h 00 min; ATL)
s.csv:2: A: error: worktime.daily-rest: S-1 has at most 0 h 00 min of rest in one stretch in the day from 2026-10-25 00:00 (at least 11 h 00 min; ATL)
s.csv:3: A: warning: hours.double-staffing: S-2 works 2026-10-26 07:30-12:00 at the same time as S-1 (s.csv:2, from 2026-10-24 08:00) without a double-staffing grant
@@ status 1
