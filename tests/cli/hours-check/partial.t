Nothing silently partial: when a shift is refused, a text report (the
findings, -s, --fk-month) ends with a line saying how many shifts were
refused and that the totals leave them out; CSV and JSON stay pure data,
the line going to standard error, and the exit status is 2.  With -q and
nothing to list it goes to standard error too.
@@ file c.yaml
case: F-1
regime: se-pa
funder: fk
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 40}]
@@ file s.csv
case,staff,date,start,end,kind
F-1,S-1,2026-03-02,08:00,12:00,active
F-1,S-1,01/03/2026,08:00,12:00,active
F-1,S-2,2026-03-03,08:00,12:00,active
@@ run
for m in "" -s "--fk-month 2026-03"; do for o in text csv json; do echo "== $m -o $o"; hours-check $m -o $o --today 2026-11-22 -c c.yaml s.csv 2>/dev/null; echo "exit $?"; done; done; echo "== -q"; hours-check -q -l error --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"; echo "== -s -o csv 2>&1 >/dev/null"; hours-check -s -o csv --today 2026-11-22 -c c.yaml s.csv 2>&1 >/dev/null
@@ stdout
==  -o text
c.yaml:1: F-1: warning: billing.fk: no FK hourly rate for 2026 in the profile (billing.fk rates): amounts for 2026 are left out
c.yaml:1: F-1: info: hours.granted: used 8.00 h of 1034.29 h granted in 2026-01-01..2026-06-30 (1%)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
exit 2
==  -o csv
file,line,case,severity,rule,date,message
c.yaml,1,F-1,warning,billing.fk,2026-01-01,no FK hourly rate for 2026 in the profile (billing.fk rates): amounts for 2026 are left out
c.yaml,1,F-1,info,hours.granted,2026-01-01,used 8.00 h of 1034.29 h granted in 2026-01-01..2026-06-30 (1%)
exit 2
==  -o json
{"file":"c.yaml","line":1,"case":"F-1","severity":"warning","rule":"billing.fk","date":"2026-01-01","message":"no FK hourly rate for 2026 in the profile (billing.fk rates): amounts for 2026 are left out"}
{"file":"c.yaml","line":1,"case":"F-1","severity":"info","rule":"hours.granted","date":"2026-01-01","message":"used 8.00 h of 1034.29 h granted in 2026-01-01..2026-06-30 (1%)"}
exit 2
== -s -o text
case         period                   granted      used remaining  billable       amount  used of granted
F-1          2026-01-01..2026-06-30   1034.29      8.00   1026.29      8.00               [                    ]    1%
hours-check: 1 shift of s.csv was refused (see above); these totals leave it out
exit 2
== -s -o csv
case,period_start,period_end,granted_hours,used_hours,remaining_hours,billable_hours,amount
F-1,2026-01-01,2026-06-30,1034.29,8.00,1026.29,8.00,
exit 2
== -s -o json
{"case":"F-1","period_start":"2026-01-01","period_end":"2026-06-30","granted_hours":1034.29,"used_hours":8.00,"remaining_hours":1026.29,"billable_hours":8.00,"amount":null}
exit 2
== --fk-month 2026-03 -o text
Time report to Försäkringskassan, 2026-03

F-1
  S-1          2026-03-02  08:00  12:00     4.00  Tid
  S-1          total                        4.00
  S-2          2026-03-03  08:00  12:00     4.00  Tid
  S-2          total                        4.00
F-1          total                             8.00 h

hours-check: 1 shift of s.csv was refused (see above); these totals leave it out
exit 2
== --fk-month 2026-03 -o csv
case,staff,date,start,end,hours,kind
F-1,S-1,2026-03-02,08:00,12:00,4.00,Tid
F-1,S-2,2026-03-03,08:00,12:00,4.00,Tid
exit 2
== --fk-month 2026-03 -o json
{"case":"F-1","staff":"S-1","date":"2026-03-02","start":"08:00","end":"12:00","hours":4.00,"kind":"Tid"}
{"case":"F-1","staff":"S-2","date":"2026-03-03","start":"08:00","end":"12:00","hours":4.00,"kind":"Tid"}
exit 2
== -q
exit 2
== -s -o csv 2>&1 >/dev/null
hours-check: s.csv:3: date: invalid date '01/03/2026' (slashed dates are ambiguous, day or month first; expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
hours-check: 1 shift of s.csv was refused (see above); these totals leave it out
@@ stderr
hours-check: s.csv:3: date: invalid date '01/03/2026' (slashed dates are ambiguous, day or month first; expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
@@ status 2
