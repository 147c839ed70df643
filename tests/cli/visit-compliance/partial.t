Nothing silently partial: a refused visit makes the text findings, -s and
--continuity end with a line saying so; with -o csv the tables stay pure
data and the line goes to standard error.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,notified
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered,
K-1,V-2,cleaning,2026-03-03T09:00,2026-03-03T10:00,2026-03-03T09:00,2026-03-03T10:00,H-1,delivered,maybe
K-1,V-3,cleaning,03/04/2026 09:00,2026-03-04T10:00,,,,missed-provider,
K-1,V-4,cleaning,2026-03-05T09:00,2026-03-05T10:00,2026-03-05T09:00,2026-03-05T10:00,H-1,delivered,
@@ run
for m in "" -s --continuity; do for o in text csv; do echo "== $m -o $o"; visit-compliance $m -o $o -c c.yaml v.csv; echo "exit $?"; done; done
@@ stdout
==  -o text
visit-compliance: 2 visits of v.csv were refused (see above); these findings leave them out
exit 2
==  -o csv
file,line,case,severity,rule,date,message
exit 2
== -s -o text
case      planned delivered  missed excused  plan min given min    given
K-1             2         2       0       0       120       120   100.0%
total           2         2       0       0       120       120   100.0%
visit-compliance: 2 visits of v.csv were refused (see above); these totals leave them out
exit 2
== -s -o csv
case,planned,delivered,missed_provider,excused,planned_minutes,delivered_minutes,delivered_percent
K-1,2,2,0,0,120,120,100.0
exit 2
== --continuity -o text
case     period                  visits  staff
K-1      2026-02-23..2026-03-08       2      1

personnel continuity: no client had 2 or more visits in the day every day of a whole period of the log
visit-compliance: 2 visits of v.csv were refused (see above); these totals leave them out
exit 2
== --continuity -o csv
case,period_start,period_end,visits,staff
K-1,2026-02-23,2026-03-08,2,1
exit 2
@@ stderr
visit-compliance: v.csv:3: notified: expected true or false (also yes/no, ja/nej, 1/0, on/off, x for yes), found 'maybe'
visit-compliance: v.csv:4: planned_start: invalid date-time '03/04/2026 09:00' (slashed dates are ambiguous; expected a date and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200)
visit-compliance: v.csv:3: notified: expected true or false (also yes/no, ja/nej, 1/0, on/off, x for yes), found 'maybe'
visit-compliance: v.csv:4: planned_start: invalid date-time '03/04/2026 09:00' (slashed dates are ambiguous; expected a date and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200)
visit-compliance: 2 visits of v.csv were refused (see above); these findings leave them out
visit-compliance: v.csv:3: notified: expected true or false (also yes/no, ja/nej, 1/0, on/off, x for yes), found 'maybe'
visit-compliance: v.csv:4: planned_start: invalid date-time '03/04/2026 09:00' (slashed dates are ambiguous; expected a date and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200)
visit-compliance: v.csv:3: notified: expected true or false (also yes/no, ja/nej, 1/0, on/off, x for yes), found 'maybe'
visit-compliance: v.csv:4: planned_start: invalid date-time '03/04/2026 09:00' (slashed dates are ambiguous; expected a date and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200)
visit-compliance: 2 visits of v.csv were refused (see above); these totals leave them out
visit-compliance: v.csv:3: notified: expected true or false (also yes/no, ja/nej, 1/0, on/off, x for yes), found 'maybe'
visit-compliance: v.csv:4: planned_start: invalid date-time '03/04/2026 09:00' (slashed dates are ambiguous; expected a date and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200)
visit-compliance: v.csv:3: notified: expected true or false (also yes/no, ja/nej, 1/0, on/off, x for yes), found 'maybe'
visit-compliance: v.csv:4: planned_start: invalid date-time '03/04/2026 09:00' (slashed dates are ambiguous; expected a date and a time such as 2026-03-28T22:00, 28.03.2026 22.00 or 20260328T2200)
visit-compliance: personnel continuity: no client had 2 or more visits in the day every day of a whole period of the log
visit-compliance: 2 visits of v.csv were refused (see above); these totals leave them out
