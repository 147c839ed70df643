A YAML file with a byte that is not UTF-8 is refused from that byte on,
once, with the byte's line: case files are read a document at a time (a
pipe of them cannot be read twice), so the documents before it are
checked and the one it cuts is left out, counted as rejected; nothing
crashes.
@@ printf c.yaml
case: K-1\nregime: se-dv\nstart: 2026-01-01\n---\ncase: K-2\200\nregime: se-dv\n
@@ run
deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
c.yaml:3: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-01-01 was due 2026-01-15, 311 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-01 was due 2026-02-16, 279 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-02 was due 2026-03-16, 251 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-03 was due 2026-04-14, 222 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-04 was due 2026-05-15, 191 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-05 was due 2026-06-15, 160 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14, 131 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14, 100 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14, 69 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14, 39 days ago
c.yaml:1: K-1: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16, 6 days ago
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: c.yaml:5: not UTF-8 (byte 0x80); if the file is Windows-1252, as Excel saves it, use --encoding cp1252
deadline-watch: case records: 2 read, 1 used, 1 rejected
