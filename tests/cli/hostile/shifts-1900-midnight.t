A shift at 1900-01-01 00:00 Stockholm time, the first minute hours are
counted in, ends: it never did under the sandbox.  Only that it ends is
tested here, not what is said of it.
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
timeout 20 hours-check --today 2026-11-22 -c c.yaml s.csv > /dev/null 2>&1; [ $? -ne 124 ] && echo ended
@@ stdout
ended
