-l keeps findings at or above a severity; the exit status follows what is
printed.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-15
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31}]
@@ run
deadline-watch --today 2026-11-22 -l warning c.yaml; echo "exit $?"; deadline-watch --today 2026-11-22 -l error c.yaml; echo "exit $?"
@@ stdout
c.yaml:3: K-1: warning: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-15 is due 2026-11-30, in 8 days
c.yaml:4: K-1: warning: decision.expiry: a new decision before decision D-1 ends (the client or god man applies) is due 2026-12-31, in 39 days
exit 1
exit 0
