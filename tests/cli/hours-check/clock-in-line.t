Clock times read in line (HH:MM) and by the full parser give the same shifts:
the first and last minute of the day, a minute past the hour, and 60
minutes, a letter, another separator and an hour past 23 refused.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ printf s.csv
case,staff,date,start,end,kind,hours\nK-1,S-1,2026-03-02,00:00,09:05,active,\nK-1,S-2,2026-03-02,19:59,23:59,active,\nK-1,S-1,2026-03-03,20:60,22:00,active,\nK-1,S-1,2026-03-04,2a:00,22:00,active,\nK-1,S-1,2026-03-05,10:00,3:00,active,\nK-1,S-1,2026-03-06,09:00,12/00,active,\nK-1,S-1,2026-03-07,30:00,12:00,active,\nK-1,S-1,2026-03-08,23:00,00:30,active,\n
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 31.58 h of 442.86 h granted in 2026-03-01..2026-03-31 (7%)
s.csv:2: K-1: warning: worktime.daily-rest: S-1 works between 00:00 and 05:00 on 3 nights in 2026-03, the first 2026-03-02: the daily rest should include that time unless the work requires otherwise (ATL)
s.csv:6: K-1: error: worktime.daily-rest: S-1 has at most 10 h 00 min of rest in one stretch in the day from 2026-03-05 00:00 (at least 11 h 00 min; ATL)
hours-check: 4 shifts of s.csv were refused (see above); these findings leave them out
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:4: start: invalid time '20:60' (no such day or time)
hours-check: s.csv:5: start: invalid time '2a:00' (expected HH:MM, H:MM, HH.MM, H.MM or HHMM)
hours-check: s.csv:7: end: invalid time '12/00' (expected HH:MM, H:MM, HH.MM, H.MM or HHMM)
hours-check: s.csv:8: start: invalid time '30:00' (no such day or time)
hours-check: shifts: 8 read, 4 used, 4 rejected
