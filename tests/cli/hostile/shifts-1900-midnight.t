A shift at 1900-01-01 00:00 Stockholm time, the first minute hours are
counted in, ends (it never did under the sandbox), and is read the same
with the sandbox and without: beyond the years of the tables the zone's
offset is the one at their edge, with no zone file read.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 1900-01-01
decisions: [{id: D-1, from: 1900-01-01, hours_per_week: 100}]
@@ file s.csv
case,staff,date,start,end
K-1,S-1,1900-01-01,00:00,08:00
K-1,S-2,1899-12-31,22:00,1900-01-01 02:00
@@ run
timeout 20 hours-check --today 2026-11-22 -c c.yaml s.csv > a 2>&1; echo "exit $?"; CARETOOLS_SANDBOX=off timeout 20 hours-check --today 2026-11-22 -c c.yaml s.csv > b 2>&1; echo "exit $?"; cmp a b && cat a
@@ stdout
exit 2
exit 2
hours-check: s.csv:3: date: invalid date '1899-12-31' (year outside 1900-9999)
s.csv:2: K-1: warning: worktime.daily-rest: S-1 works between 00:00 and 05:00 on 1900-01-01: the daily rest should include that time unless the work requires otherwise (ATL)
s.csv:2: K-1: warning: staff.introduced: S-1's first shift with the client, 1900-01-01 00:00, had no introduction and no one who knows the client alongside
c.yaml:1: K-1: info: hours.granted: used 8.00 h of 442.86 h granted in 1900-01-01..1900-01-31 (2%)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
