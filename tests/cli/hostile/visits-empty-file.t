An empty visit log: nothing to check.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv

@@ run
visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
exit 0
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 0 read, 0 used, 0 rejected
