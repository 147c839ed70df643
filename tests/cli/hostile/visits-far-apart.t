Visits 8,000 years apart (1900 and 9999) are checked in little memory:
it grows with the days that have visits, not with the span.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,reason,replaces\nK-1,V-1,cleaning,1900-01-01T09:00,1900-01-01T10:00,H-1,delivered,,\nK-1,V-2,cleaning,9999-12-31T09:00,9999-12-31T10:00,H-1,delivered,,\n
@@ run
[ -n "${CARETOOLS_TEST_SANITIZED:-}" ] || ulimit -v 400000; visit-compliance -v -c c.yaml --continuity -o csv v.csv; echo "exit $?"
@@ stdout
case,period_start,period_end,visits,staff
K-1,1900-01-01,1900-01-14,1,1
K-1,9999-12-20,10000-01-02,1,1
exit 0
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 2 read, 2 used, 0 rejected
visit-compliance: personnel continuity: no client had 2 or more visits in the day every day of a whole period of the log
