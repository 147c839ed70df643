A replacement the provider missed too: the first visit is made good when
the replacement's replacement comes, within the first visit's 5 working
days (V-1) or not (V-4).  The log may quote its fields and end its lines
with CRLF.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,notified,replaces\r\n"K-1","V-1","cleaning","2026-03-02T09:00","2026-03-02T10:00",,missed-provider,yes,\r\nK-1,V-2,cleaning,2026-03-04T09:00,2026-03-04T10:00,,missed-provider,yes,V-1\r\nK-1,V-3,cleaning,2026-03-06T09:00,2026-03-06T10:00,H-1,delivered,,V-2\r\nK-1,V-4,cleaning,2026-03-16T09:00,2026-03-16T10:00,,missed-provider,yes,\r\nK-1,V-5,cleaning,2026-03-18T09:00,2026-03-18T10:00,,missed-provider,yes,V-4\r\nK-1,V-6,cleaning,2026-03-24T09:00,2026-03-24T10:00,H-1,delivered,,V-5\r\n
@@ run
visit-compliance -l warning -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:5: K-1: error: visit.replacement: cleaning visit V-4 of 2026-03-16, missed by the provider, was replaced 2026-03-24, after 2026-03-23 (5 working days)
exit 1
