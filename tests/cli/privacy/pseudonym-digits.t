No pseudonym holds a run of ten digits, the shape of a personal identity
number: under this key K-0027's first HMAC (C-1174727146a97067) did, so
the message's mask turned it into "C-[redacted]a97067" and the report no
longer joined.  Its pseudonym is the HMAC's next try, the same in the case
column and in the message; K-0001's first try has no such run and is
kept.
@@ file c.yaml
case: K-0027
regime: se-pa
funder: fk
start: 2026-01-05
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, hours_per_week: 40}]
---
case: K-0001
regime: se-pa
funder: fk
start: 2026-01-05
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, hours_per_week: 40}]
@@ file s.csv
case,staff,date,start,end
K-0001,S-17,2026-03-02,08:00,12:00
K-0027,S-17,2026-03-02,10:00,14:00
@@ run
export CARETOOLS_KEY=test-key-0123456789abcdef; hours-check --pseudonymize --today 2026-11-22 -l error -c c.yaml s.csv
@@ stdout
s.csv:3: C-b9faa4d03ff7843c: error: hours.overlap: S-4d91a8b9f032fdc8 works 2026-03-02 10:00-14:00 for C-b9faa4d03ff7843c and 2026-03-02 08:00-12:00 for C-4d3e2675bd6aec02 (s.csv:2) at the same time
@@ status 1
