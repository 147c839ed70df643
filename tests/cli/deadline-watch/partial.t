Nothing silently partial: when a case record is refused the text
findings (and plan-validate's -s table) end with a line saying how many
records were refused and that they are left out; CSV, JSON and
iCalendar stay pure data, the line going to standard error.
@@ file c.yaml
case: K-1
regime: se-dv
start: 01/02/2026
---
case: K-2
regime: se-dv
start: 01.02.2026
plan: {established: 20260301}
@@ run
for o in text csv ics; do echo "== -o $o"; deadline-watch -a -o $o --today 2026-11-22 c.yaml > out 2> err; echo "exit $?"; tail -1 out; tail -1 err; done; echo "== plan-validate -s"; plan-validate -s --today 2026-11-22 c.yaml 2>/dev/null | tail -1; plan-validate -s -o json --today 2026-11-22 c.yaml 2>&1 >/dev/null | tail -1
@@ stdout
== -o text
exit 2
deadline-watch: 1 case record was refused (see above); these findings leave it out
deadline-watch: c.yaml:3: start: invalid date '01/02/2026' (slashed dates are ambiguous, day or month first; expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
== -o csv
exit 2
c.yaml,8,K-2,info,plan.followup,2027-03-01,"later: plan follow-up (12 months after 2026-03-01) is due 2027-03-01, in 99 days"
deadline-watch: 1 case record was refused (see above); these findings leave it out
== -o ics
exit 2
END:VCALENDAR
deadline-watch: 1 case record was refused (see above); these findings leave it out
== plan-validate -s
plan-validate: 1 case record was refused (see above); these totals leave it out
plan-validate: 1 case record was refused (see above); these totals leave it out
