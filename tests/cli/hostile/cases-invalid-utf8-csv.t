A case table with a byte that is not UTF-8 is refused from there, once,
with the line and the way out (--encoding), never row by row; the rows
before it are read.
@@ printf cases.csv
case,regime,funder,start\nK-1,se-dv,,2026-01-01\nK-2,se-dv,\377\376,2026-01-01\nK-3,se-dv,,2026-01-01\n
@@ run
deadline-watch -v --today 2026-11-22 cases.csv; echo "exit $?"
@@ stdout
cases.csv:2: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-01-01 was due 2026-01-15, 311 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-01 was due 2026-02-16, 279 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-02 was due 2026-03-16, 251 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-03 was due 2026-04-14, 222 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-04 was due 2026-05-15, 191 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-05 was due 2026-06-15, 160 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14, 131 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14, 100 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14, 69 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14, 39 days ago
cases.csv:2: K-1: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16, 6 days ago
exit 2
@@ stderr
deadline-watch: cases.csv:3: not UTF-8 (byte 0xFF); if the file is Windows-1252, as Excel saves it, use --encoding cp1252
deadline-watch: case records: 1 read, 1 used, 0 rejected
