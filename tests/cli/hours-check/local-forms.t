A timesheet and a roster as Swedish and Danish exports write them (day
first or undashed dates, H:MM, HH.MM and HHMM times, decimal commas in
quoted hours, FK's and Danish words for the kinds, ja/nej) give exactly
the findings, the -s summary and the --fk-month lines of the canonical
ones, every shift used.
@@ file c.yaml
case: F-1
regime: se-pa
funder: fk
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 1}]
---
case: H-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, hours_per_week: 3}]
@@ file s.csv
case,staff,date,start,end,kind,hours
F-1,S-1,2026-03-02,07:00,15:00,active,8.00
F-1,S-1,2026-03-02,22:00,07:00,on-call,9.00
F-1,S-2,2026-03-03,08:00,12:00,introduction,4.00
F-1,S-2,2026-03-04,08:00,20:00,standby,12.00
F-1,S-3,2026-03-05,09:30,17:45,active,8.25
H-1,S-4,2026-03-02,08:00,10:00,active,2.00
H-1,S-5,2026-03-03,08:00,09:30,active,1.50
H-1,S-4,2026-03-04,20:00,22:00,standby,2.00
H-1,S-4,2026-03-05,22:00,06:00,on-call,8.00
@@ file local.csv
case,staff,date,start,end,kind,hours
F-1,S-1,02.03.2026,7:00,15.00,Tid,"8,00"
F-1,S-1,02-03-2026,22:00,0700,Jour,"9,00"
F-1,S-2,20260303,08.00,12:00,Introduktion,"4,00"
F-1,S-2,04.03.2026,8:00,20.00,Beredskap,"12,00"
F-1,S-3,05.03.2026,09.30,1745,aktiv tid,"8,25"
H-1,S-4,02.03.2026,08:00,10:00,aktiv,"2,00"
H-1,S-5,03.03.2026,0800,9.30,AKTIV,"1,50"
H-1,S-4,04.03.2026,20:00,22:00,Rådighedsvagt,2
H-1,S-4,05.03.2026,22.00,6:00,sovevagt,"8,0"
@@ file r.csv
staff,qualified
S-4,true
S-5,false
@@ file rlocal.csv
staff,qualified
S-4,ja
S-5,Nej
@@ run
mkdir a b; cp s.csv r.csv a; cp local.csv b/s.csv; cp rlocal.csv b/r.csv; for d in a b; do (cd $d && for m in "" -s "--fk-month 2026-03"; do hours-check -v $m --today 2026-11-22 --staff r.csv -c ../c.yaml s.csv; echo "exit $?"; done > out 2>&1); done; cmp a/out b/out && cat a/out
@@ stdout
hours-check: case records: 2 read, 2 used, 0 rejected
hours-check: shifts: 9 read, 9 used, 0 rejected
../c.yaml:1: F-1: warning: billing.fk: no FK hourly rate for 2026 in the profile (billing.fk rates): amounts for 2026 are left out
../c.yaml:1: F-1: error: hours.granted: used 37.25 h of 25.86 h granted in 2026-01-01..2026-06-30: 11.39 h over
s.csv:3: F-1: warning: worktime.daily-rest: S-1 works between 00:00 and 05:00 on 2026-03-03: the daily rest should include that time unless the work requires otherwise (ATL)
../c.yaml:7: H-1: error: hours.granted: used 13.50 h of 3.00 h granted in 2026-03-02..2026-03-08: 10.50 h over
r.csv:1: *: error: staff.unskilled: in 2026 unskilled staff work 11.1% of the hours (1.50 of 13.50 h; at most 10%; a partial figure: the file has 2026-03-02..2026-03-05 of the year)
exit 1
hours-check: case records: 2 read, 2 used, 0 rejected
hours-check: shifts: 9 read, 9 used, 0 rejected
case         period                   granted      used remaining  billable       amount  used of granted
F-1          2026-01-01..2026-06-30     25.86     37.25    -11.39     25.86               [####################]+ 144%
H-1          2026-03-02..2026-03-08      3.00     13.50    -10.50      3.00               [####################]+ 450%
exit 0
hours-check: case records: 2 read, 2 used, 0 rejected
hours-check: shifts: 9 read, 9 used, 0 rejected
Time report to Försäkringskassan, 2026-03

F-1
  S-1          2026-03-02  07:00  15:00     8.00  Tid
  S-1          2026-03-02  22:00  07:00     9.00  Jourtid
  S-1          total                       17.00
  S-2          2026-03-04  08:00  20:00    12.00  Beredskap
  S-2          total                       12.00
  S-3          2026-03-05  09:30  17:45     8.25  Tid
  S-3          total                        8.25
F-1          total                            37.25 h

exit 0
