Working-time rules by agreement, named per staff member in the roster's
worktime column (any case).  PAN Bilaga J (from 2024-02-01): a stretch of
up to 24 hours is lawful when the rest after it is at least as long (P-1);
23 hours after 24 is not (P-2), nor 1 hour before 23 (P-5); 25 hours is too long (P-3); before
2024-02-01 the law's 11 hours apply (P-4).  Vårdföretagarna PA: 9 hours of
daily rest is enough (V-1), 8 h 59 min is not (V-2), and the days worked in
each 14 days need 11 hours on average (V-3: 9, 9, 9 and 16 hours).
Household work: 52 hours a week over 28 days, 208 hours, is enough (H-1),
209 is not (H-2), and the excess is not billable; its rest is checked as
the profile says (here a week of 13-hour days).
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2024-01-01
decisions: [{id: D-1, from: 2024-01-01, to: 2027-12-31, hours_per_week: 168, double_staffing: true}]
@@ file a.csv
case,staff,start,end
K-1,P-1,2026-03-02T08:00,2026-03-03T08:00
K-1,P-1,2026-03-04T08:00,2026-03-05T08:00
K-1,P-2,2026-03-02T08:00,2026-03-03T08:00
K-1,P-2,2026-03-04T07:00,2026-03-04T15:00
K-1,P-3,2026-03-02T08:00,2026-03-02T20:00
K-1,P-5,2026-03-02T08:00,2026-03-02T16:00
K-1,P-5,2026-03-02T17:00,2026-03-03T16:00
K-1,P-3,2026-03-02T20:00,2026-03-03T09:00
K-1,P-4,2024-01-15T08:00,2024-01-16T08:00
K-1,P-4,2024-01-17T08:00,2024-01-18T08:00
K-1,V-1,2026-03-02T08:00,2026-03-02T23:00
K-1,V-1,2026-03-03T08:00,2026-03-03T16:00
K-1,V-2,2026-03-02T08:00,2026-03-02T23:01
K-1,V-2,2026-03-03T08:00,2026-03-03T16:00
K-1,V-3,2026-03-02T08:00,2026-03-02T23:00
K-1,V-3,2026-03-03T08:00,2026-03-03T23:00
K-1,V-3,2026-03-04T08:00,2026-03-04T23:00
K-1,V-3,2026-03-05T08:00,2026-03-05T16:00
K-1,H-1,2026-02-09T07:00,2026-02-09T20:00
K-1,H-2,2026-02-09T07:00,2026-02-09T20:00
K-1,H-1,2026-02-10T07:00,2026-02-10T20:00
K-1,H-2,2026-02-10T07:00,2026-02-10T20:00
K-1,H-1,2026-02-11T07:00,2026-02-11T20:00
K-1,H-2,2026-02-11T07:00,2026-02-11T20:00
K-1,H-1,2026-02-12T07:00,2026-02-12T20:00
K-1,H-2,2026-02-12T07:00,2026-02-12T20:00
K-1,H-1,2026-02-13T07:00,2026-02-13T20:00
K-1,H-2,2026-02-13T07:00,2026-02-13T20:00
K-1,H-1,2026-02-14T07:00,2026-02-14T20:00
K-1,H-2,2026-02-14T07:00,2026-02-14T20:00
K-1,H-1,2026-02-15T07:00,2026-02-15T20:00
K-1,H-2,2026-02-15T07:00,2026-02-15T20:00
K-1,H-1,2026-02-16T07:00,2026-02-16T20:00
K-1,H-2,2026-02-16T07:00,2026-02-16T20:00
K-1,H-1,2026-02-17T07:00,2026-02-17T20:00
K-1,H-2,2026-02-17T07:00,2026-02-17T20:00
K-1,H-1,2026-02-18T07:00,2026-02-18T20:00
K-1,H-2,2026-02-18T07:00,2026-02-18T20:00
K-1,H-1,2026-02-19T07:00,2026-02-19T20:00
K-1,H-2,2026-02-19T07:00,2026-02-19T20:00
K-1,H-1,2026-02-20T07:00,2026-02-20T20:00
K-1,H-2,2026-02-20T07:00,2026-02-20T20:00
K-1,H-1,2026-02-21T07:00,2026-02-21T20:00
K-1,H-2,2026-02-21T07:00,2026-02-21T20:00
K-1,H-1,2026-02-22T07:00,2026-02-22T20:00
K-1,H-2,2026-02-22T07:00,2026-02-22T20:00
K-1,H-1,2026-02-23T07:00,2026-02-23T20:00
K-1,H-2,2026-02-23T07:00,2026-02-23T20:00
K-1,H-1,2026-02-24T07:00,2026-02-24T20:00
K-1,H-2,2026-02-24T07:00,2026-02-24T20:00
K-1,H-2,2026-02-25T07:00,2026-02-25T08:00
@@ file r.csv
staff,qualified,worktime
P-1,yes,pan-j
P-2,yes,PAN-J
P-3,yes,pan-j
P-4,yes,pan-j
P-5,yes,pan-j
V-1,yes,vf-pa
V-2,yes,vf-pa
V-3,yes,vf-pa
H-1,yes,household
H-2,yes,household
@@ run
hours-check --today 2026-11-22 -l error --staff r.csv -c c.yaml a.csv; echo "exit $?"
@@ stdout
a.csv:10: K-1: error: worktime.daily-rest: P-4 has at most 8 h 00 min of rest in one stretch in the day from 2024-01-15 00:00 (at least 11 h 00 min; ATL)
a.csv:11: K-1: error: worktime.daily-rest: P-4 has at most 8 h 00 min of rest in one stretch in the day from 2024-01-17 00:00 (at least 11 h 00 min; ATL)
a.csv:21: K-1: error: worktime.weekly-average: H-2 works 209.00 h in the reference period 2026-02-09..2026-03-08: 52.25 h a week on average (at most 52; household work); 1.00 h of the latest shifts in it are not billable
a.csv:34: K-1: error: worktime.weekly-rest: H-1 has at most 11 h 00 min of rest in one stretch in the week from 2026-02-16 00:00 (at least 36 h 00 min; household work)
a.csv:35: K-1: error: worktime.weekly-rest: H-2 has at most 11 h 00 min of rest in one stretch in the week from 2026-02-16 00:00 (at least 36 h 00 min; household work)
a.csv:4: K-1: error: worktime.daily-rest: P-2 works 24 h 00 min in one stretch from 2026-03-02 08:00, followed by 23 h 00 min of rest (at least as long as the stretch; PAN Bilaga J)
a.csv:6: K-1: error: worktime.daily-rest: P-3 works 25 h 00 min in one stretch from 2026-03-02 08:00 (at most 24 h; PAN Bilaga J)
a.csv:8: K-1: error: worktime.daily-rest: P-5 has 1 h 00 min of rest before a stretch of 23 h 00 min from 2026-03-02 17:00 (at least 11 h 00 min; PAN Bilaga J)
a.csv:14: K-1: error: worktime.daily-rest: V-2 has at most 8 h 59 min of rest in one stretch in the day from 2026-03-02 00:00 (at least 9 h 00 min; Vårdföretagarna PA)
a.csv:16: K-1: error: worktime.daily-rest: V-3 has 10 h 45 min of daily rest on average over the 4 days worked in 2026-02-23..2026-03-08 (at least 11 h 00 min on average; Vårdföretagarna PA)
exit 1
