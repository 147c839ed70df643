A timesheet with a byte that is not UTF-8 is refused from that line on,
once, naming the way out (--encoding cp1252), never row by row; the
shifts before it are read and counted.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 100}]
@@ printf s.csv
case,staff,date,start,end,kind,hours\nK-1,S-1,2026-03-02,08:00,16:00,active,\nK-1,S-\303\050,2026-03-03,08:00,16:00,active,\nK-1,S-1,2026-03-04,08:00,16:00,active,\n
@@ run
hours-check -v --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 8.00 h of 442.86 h granted in 2026-03-01..2026-03-31 (2%)
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: s.csv:3: not UTF-8 (byte 0xC3); if the file is Windows-1252, as Excel saves it, use --encoding cp1252
hours-check: shifts: 1 read, 1 used, 0 rejected
