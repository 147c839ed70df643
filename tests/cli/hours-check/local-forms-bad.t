Values in none of the accepted forms are refused with their column, the
value and the forms accepted: a slashed date is ambiguous (day or month
first), a bare "vagt" does not say which kind.  Date-times without a
date column take the same forms.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, hours_per_week: 40}]
@@ file s.csv
case,staff,date,start,end,kind,hours
K-1,S-1,01/03/2026,08:00,12:00,aktiv,4
K-1,S-1,1.3.2026,08:00,12:00,aktiv,4
K-1,S-1,02.03.2026,8.0,12:00,aktiv,4
K-1,S-1,02.03.2026,08:00,12h00,aktiv,4
K-1,S-1,02.03.2026,08:00,2430,aktiv,4
K-1,S-1,02.03.2026,08:00,12:00,vagt,4
K-1,S-1,02.03.2026,08:00,12:00,jourr,4
K-1,S-1,02.03.2026,08:00,12:00,sleeping,4
K-1,S-1,02.03.2026,08:00,12:00,aktiv,"4,0,0"
K-1,S-1,31.04.2026,08:00,12:00,aktiv,4
K-1,S-1,03.03.2026,08:00,12:00,aktiv,"4,00"
@@ file t.csv
case,staff,start,end,kind
K-1,S-2,04.03.2026 22.00,05.03.2026 0700,jour
K-1,S-2,20260306T0800,20260306T1200,beredskap
K-1,S-2,03/07/2026 08:00,2026-03-07T12:00,tid
K-1,S-2,2026-03-08,2026-03-08T12:00,tid
@@ run
hours-check -v --today 2026-11-22 -l error -c c.yaml s.csv t.csv
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:2: date: invalid date '01/03/2026' (slashed dates are ambiguous, day or month first; expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
hours-check: s.csv:3: date: invalid date '1.3.2026' (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
hours-check: s.csv:4: start: invalid time '8.0' (expected HH:MM, H:MM, HH.MM, H.MM or HHMM)
hours-check: s.csv:5: end: invalid time '12h00' (expected HH:MM, H:MM, HH.MM, H.MM or HHMM)
hours-check: s.csv:6: end: invalid time '2430' (no such day or time)
hours-check: s.csv:7: kind: unknown kind 'vagt': which vagt? (vågen vagt: active, sovevagt: on-call, rådighedsvagt: standby)
hours-check: s.csv:8: kind: unknown kind 'jourr'; did you mean 'jour'?
hours-check: s.csv:9: kind: unknown kind 'sleeping' (active, on-call, standby or introduction, or a Swedish or Danish word for one)
hours-check: s.csv:10: hours: expected a number of hours such as 8.5 or 8,5, found '4,0,0'
hours-check: s.csv:11: date: invalid date '31.04.2026' (no such day or time)
hours-check: t.csv:4: start: invalid date-time '03/07/2026 08:00' (slashed dates are ambiguous; expected a date and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200)
hours-check: t.csv:5: start: invalid date-time '2026-03-08' (expected a date and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200)
hours-check: shifts: 15 read, 3 used, 12 rejected
@@ stdout
hours-check: 12 shifts of 2 files were refused (see above); these findings leave them out
@@ status 2
