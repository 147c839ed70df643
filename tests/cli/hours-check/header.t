A shift log whose header has an unknown column is left out whole: a
column lost to a typo would change every shift.  Missing columns are named.
One message says all that is wrong with a header.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, hours_per_week: 40}]
@@ file a.csv
case,staff,date,start,end,knd
K-1,S-1,2026-03-02,08:00,12:00,on-call
K-1,S-1,2026-03-03,08:00,12:00,on-call
@@ file b.csv
case,date,start,end
K-1,2026-03-02,08:00,12:00
@@ run
hours-check -v --today 2026-11-22 -c c.yaml a.csv b.csv
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: a.csv:1: shift log header: unknown column 'knd' (did you mean 'kind'?); needed: case, staff, start, end (English, Swedish or Danish names, or a column map in the profile)
hours-check: a.csv: 2 shifts left out because of the header
hours-check: b.csv:1: shift log header: no staff column; needed: case, staff, start, end (English, Swedish or Danish names, or a column map in the profile)
hours-check: b.csv: 1 shift left out because of the header
hours-check: shifts: 3 read, 0 used, 3 rejected
@@ status 2
@@ stdout
hours-check: 3 shifts of 2 files were refused (see above); these findings leave them out
