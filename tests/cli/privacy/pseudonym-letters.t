A pseudonym is letters only: its kind's letter, '-', and sixteen of the
consonants bcdfghjkmnpqrstz (four bits of the HMAC each), so no run of
digits in it can look like a personal identity number and the mask never
touches one; under one key it is the same in every tool and every run.
Earlier versions wrote 16 hex digits and, when those held a run of ten
(K-0027's C-1174727146a97067 under this key), took the HMAC's next try
(C-b9faa4d03ff7843c).  The migration note in caretools(7): tr '0-9a-f'
'bcdfghjkmnpqrstz' turns an old pseudonym into the new one (K-0001's
C-4d3e2675bd6aec02), but for those few second tries, whose first try it
takes (K-0027's new one is C-1174727146a97067's).
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
export CARETOOLS_KEY=test-key-0123456789abcdef; hours-check --pseudonymize --today 2026-11-22 -l error -c c.yaml s.csv; plan-validate --pseudonymize --today 2026-11-22 -o csv c.yaml | cut -d, -f3 | sort -u; for old in C-4d3e2675bd6aec02 C-1174727146a97067; do echo $old | tr '0-9a-f' 'bcdfghjkmnpqrstz'; done
@@ stdout
s.csv:3: C-cckgkdkcgjpnkbjk: error: hours.overlap: S-gsncpmqnzbfdzsrm works 2026-03-02 10:00-14:00 for C-cckgkdkcgjpnkbjk and 2026-03-02 08:00-12:00 for C-gsftdjkhqsjptrbd (s.csv:2) at the same time
C-cckgkdkcgjpnkbjk
C-gsftdjkhqsjptrbd
case
C-gsftdjkhqsjptrbd
C-cckgkdkcgjpnkbjk
@@ status 0
