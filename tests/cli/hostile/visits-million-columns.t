A visit log header of 10^6 columns is refused at 1024 fields.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ run
(awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "c%d,", i; print "case" }'; echo K-1) > v.csv; visit-compliance -v -c c.yaml v.csv; echo "exit $?"
@@ stdout
visit-compliance: 1 visit of v.csv was refused (see above); these findings leave it out
exit 2
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: v.csv:1: more than 1024 fields in a row
visit-compliance: v.csv: 1 visit left out because of the header
visit-compliance: visits: 1 read, 0 used, 1 rejected
