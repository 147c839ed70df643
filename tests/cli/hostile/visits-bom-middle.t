A byte-order mark at the start of a later line belongs to its first
field: a case with no record.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,reason,replaces\nK-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered,,\n\357\273\277K-1,V-2,cleaning,2026-03-03T09:00,2026-03-03T10:00,H-1,delivered,,\n
@@ run
visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
visit-compliance: 1 visit of v.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:3: unknown case '﻿K-1' (no case record given with -c)
visit-compliance: visits: 2 read, 1 used, 1 rejected
