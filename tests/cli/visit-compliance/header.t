The header: case, visit, service, planned_start, planned_end and status are
needed; an unknown column is an error (a typo would lose a column for every
row), with the nearest name suggested, and the log's rows are counted as
left out.  An empty log is no error.
@@ file c.yaml
case: K-1
regime: dk-hh
@@ file a.csv
case,visit,service,planned_start,planned_end,staf,status
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered
K-1,V-2,cleaning,2026-03-03T09:00,2026-03-03T10:00,H-1,delivered
@@ file b.csv
case,visit,service,planned_start,staff
K-1,V-1,cleaning,2026-03-02T09:00,H-1
@@ file e.csv
@@ run
visit-compliance -v -c c.yaml a.csv b.csv e.csv; echo "exit $?"; visit-compliance -c c.yaml e.csv; echo "exit $?"
@@ stdout
visit-compliance: 3 visits of 2 files were refused (see above); these findings leave them out
exit 2
exit 0
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: a.csv:1: visit log header: unknown column 'staf' (did you mean 'staff'?); needed: case, visit, service, planned_start, planned_end, status (English, Swedish or Danish names, or a column map in the profile)
visit-compliance: a.csv: 2 visits left out because of the header
visit-compliance: b.csv:1: visit log header: no planned_end column, no status column; needed: case, visit, service, planned_start, planned_end, status (English, Swedish or Danish names, or a column map in the profile)
visit-compliance: b.csv: 1 visit left out because of the header
visit-compliance: visits: 3 read, 0 used, 3 rejected
