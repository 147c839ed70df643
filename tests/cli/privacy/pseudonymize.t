--pseudonymize: every case, staff and support-person id in the output
becomes a keyed pseudonym, the same in every tool and run under one key
(so reports join) and different under another; no real id is left in the
reports; messages on standard error keep the real ids.  The key comes from
CARETOOLS_KEY_FILE (not readable by others) or CARETOOLS_KEY, and is at
least 16 bytes.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
client: {guardians: [G-2]}
start: 2026-01-01
plan: {established: 2025-12-20, support_persons: [G-2]}
decisions: [{id: D-1, from: 2026-01-01, to: 2026-06-30, hours_per_week: 40}]
---
case: K-2
regime: dk-hh
client: {visually_impaired: true}
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
---
case: K-3
regime: se-dv
client: {guardians: [G-7]}
start: 2026-01-01
plan: {established: 2026-01-10, participated: true, support_persons: [G-7], what: a, who: b, when: c, where: d, how: e, why: f}
decisions: [{id: D-3, from: 2026-01-01, to: 2026-12-31}]
@@ file s.csv
case,staff,date,start,end
K-1,S-17,2026-03-02,08:00,23:00
K-1,S-17,2026-03-03,06:00,14:00
K-9,S-17,2026-03-03,06:00,14:00
@@ file v.csv
case,visit,service,planned_start,planned_end,staff,status
K-2,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-4,delivered
K-2,V-2,cleaning,2026-03-12T09:00,2026-03-12T10:00,H-5,delivered
@@ run
export SOURCE_DATE_EPOCH=1795305600; export CARETOOLS_KEY=correct-horse-battery-staple; deadline-watch --uid-domain unit.example --pseudonymize --today 2026-11-22 -o csv c.yaml | cut -d, -f3 | sort -u; plan-validate --pseudonymize --today 2026-11-22 c.yaml | grep -v plan.elements; hours-check --pseudonymize --today 2026-11-22 -c c.yaml s.csv; visit-compliance --pseudonymize -c c.yaml v.csv; for o in text csv json; do hours-check -s --pseudonymize --today 2026-11-22 -o $o -c c.yaml s.csv; hours-check --fk-month 2026-03 --pseudonymize -o $o -c c.yaml s.csv; visit-compliance -s --pseudonymize -o $o -c c.yaml v.csv; visit-compliance --continuity --pseudonymize -o $o -c c.yaml v.csv; plan-validate --pseudonymize --today 2026-11-22 -o $o c.yaml; done 2>/dev/null > all; deadline-watch --uid-domain unit.example --pseudonymize -o ics --today 2026-11-22 c.yaml >> all; wc -l < all; grep -c -e K-1 -e K-2 -e K-3 -e S-17 -e H-4 -e H-5 -e G-7 all; CARETOOLS_KEY=another-key-of-16-bytes plan-validate --pseudonymize --today 2026-11-22 -o csv c.yaml | cut -d, -f3 | sort -u; printf 'a-key-in-a-file-0123\n' > key; chmod 600 key; CARETOOLS_KEY_FILE=key plan-validate --pseudonymize --today 2026-11-22 -o csv c.yaml | cut -d, -f3 | sort -u; chmod 644 key; CARETOOLS_KEY_FILE=key plan-validate --pseudonymize c.yaml; echo "exit $?"; CARETOOLS_KEY=short plan-validate --pseudonymize c.yaml; echo "exit $?"; unset CARETOOLS_KEY; plan-validate --pseudonymize c.yaml; echo "exit $?"
@@ stdout
C-hhzhhzbdqkcjdhkj
C-scfkttgbbsmcnrcr
C-sqhmmpfgkqpdsmgt
case
c.yaml:6: C-scfkttgbbsmcnrcr: error: plan.participation: plan does not record whether the client took part in writing it ('participated')
c.yaml:6: C-scfkttgbbsmcnrcr: error: decision.in-force: the plan established 2025-12-20 is within no decision (from the day it was decided to its end)
c.yaml:5: C-scfkttgbbsmcnrcr: error: plan.schedule-before-start: no agreed schedule; it was due 2026-01-01 (by the start on 2026-01-01)
c.yaml:5: C-scfkttgbbsmcnrcr: error: workenv.before-start: no work-environment survey; it was due 2026-01-01 (by the start on 2026-01-01)
c.yaml:1: C-scfkttgbbsmcnrcr: error: fk.report: FK report for 2026-01 (time report FK 3059 and invoice FK 3057) was due 2026-03-05 and is not recorded as done, 262 days overdue
c.yaml:1: C-scfkttgbbsmcnrcr: error: fk.report: FK report for 2026-02 (time report FK 3059 and invoice FK 3057) was due 2026-04-07 and is not recorded as done, 229 days overdue
c.yaml:1: C-scfkttgbbsmcnrcr: error: fk.report: FK report for 2026-03 (time report FK 3059 and invoice FK 3057) was due 2026-05-05 and is not recorded as done, 201 days overdue
c.yaml:1: C-scfkttgbbsmcnrcr: error: fk.report: FK report for 2026-04 (time report FK 3059 and invoice FK 3057) was due 2026-06-05 and is not recorded as done, 170 days overdue
c.yaml:6: C-scfkttgbbsmcnrcr: error: plan.followup: follow-up due 2026-06-22 (6 months after 2025-12-20 is 2026-06-20, not a working day) is missing, 153 days overdue
c.yaml:7: C-scfkttgbbsmcnrcr: error: decision.expiry: a new decision before decision D-1 ends (the client or god man applies) was due 2026-06-30 and none is recorded: 145 days without a decision
c.yaml:1: C-scfkttgbbsmcnrcr: error: fk.report: FK report for 2026-05 (time report FK 3059 and invoice FK 3057) was due 2026-07-06 and is not recorded as done, 139 days overdue
c.yaml:1: C-scfkttgbbsmcnrcr: error: fk.report: FK report for 2026-06 (time report FK 3059 and invoice FK 3057) was due 2026-08-05 and is not recorded as done, 109 days overdue
c.yaml:1: C-scfkttgbbsmcnrcr: error: fk.report: FK report for 2026-07 (time report FK 3059 and invoice FK 3057) was due 2026-09-07 and is not recorded as done, 76 days overdue
c.yaml:1: C-scfkttgbbsmcnrcr: error: fk.report: FK report for 2026-08 (time report FK 3059 and invoice FK 3057) was due 2026-10-05 and is not recorded as done, 48 days overdue
c.yaml:1: C-scfkttgbbsmcnrcr: error: fk.report: FK report for 2026-09 (time report FK 3059 and invoice FK 3057) was due 2026-11-05 and is not recorded as done, 17 days overdue
c.yaml:12: C-sqhmmpfgkqpdsmgt: error: workenv.apv: no workplace assessment (APV); it was due 2026-02-01 (1 month after the start on 2026-01-01)
c.yaml:19: C-hhzhhzbdqkcjdhkj: error: plan.support-not-guardian: support person P-bhrdsptmfspdfcfp is also the client's god man or förvaltare
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-01 was due 2026-02-16 and is not recorded as done, 279 days overdue
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-02 was due 2026-03-16 and is not recorded as done, 251 days overdue
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-03 was due 2026-04-14 and is not recorded as done, 222 days overdue
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-04 was due 2026-05-15 and is not recorded as done, 191 days overdue
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-05 was due 2026-06-15 and is not recorded as done, 160 days overdue
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-06 was due 2026-07-14 and is not recorded as done, 131 days overdue
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-07 was due 2026-08-14 and is not recorded as done, 100 days overdue
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-08 was due 2026-09-14 and is not recorded as done, 69 days overdue
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-09 was due 2026-10-14 and is not recorded as done, 39 days overdue
c.yaml:15: C-hhzhhzbdqkcjdhkj: error: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and is not recorded as done, 6 days overdue
c.yaml:1: C-scfkttgbbsmcnrcr: warning: billing.fk: no FK hourly rate for 2026 in the profile (billing.fk rates): amounts for 2026 are left out
c.yaml:1: C-scfkttgbbsmcnrcr: info: hours.granted: used 23.00 h of 1034.29 h granted in 2026-01-01..2026-06-30 (2%)
s.csv:2: C-scfkttgbbsmcnrcr: error: worktime.daily-rest: S-njzjqpngsgqpfckr has at most 9 h 00 min of rest in one stretch in the day from 2026-03-02 00:00 (at least 11 h 00 min; ATL)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
v.csv:3: C-sqhmmpfgkqpdsmgt: info: staff.introduced: 1 new helper with no earlier visit or introduction in 2026-03-09..2026-03-22: S-gscrfgjdfqkhjpdp (2026-03-12)
v.csv:3: C-sqhmmpfgkqpdsmgt: warning: visit.unknown-helper-notice: S-gscrfgjdfqkhjpdp came to the visually impaired client for the first time, 2026-03-12 09:00, and the client was not phoned beforehand
431
0
C-kphgdksqknnjcdqt
C-kzssdnmgpnkjjfmd
C-ssmpzgzpcdzqntjq
case
C-grjtmnkjgzcrtdbt
C-kpbppkftqhjbmrmp
C-nphddrbhpnbhnbnk
case
exit 2
exit 2
exit 2
@@ stderr
hours-check: s.csv:4: unknown case 'K-9' (no case record given with -c)
plan-validate: key: the pseudonym key may be read by others (chmod 600 key)
plan-validate: --pseudonymize: the key has 5 bytes; it needs 16 at least
plan-validate: --pseudonymize needs a key: set CARETOOLS_KEY_FILE to a file holding it, or CARETOOLS_KEY to the key
