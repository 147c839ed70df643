-a lists every deadline with its state; only overdue and due ones decide
the exit status.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-09-01
workenv_assessed: 2026-08-20
plan: {established: 2026-08-25}
decisions: [{id: D-1, from: 2026-09-01, to: 2027-08-31, review: 2026-11-01}]
events:
  - {type: fk-report, month: 2026-09, submitted: 2026-10-12}
  - {type: fk-report, month: 2026-10, submitted: 2026-11-09}
@@ run
deadline-watch -a --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
c.yaml:4: K-1: info: plan.before-start: done: implementation plan (genomförandeplan) before the start on 2026-09-01 was due 2026-09-01; done 2026-08-25
c.yaml:4: K-1: info: workenv.before-start: done: work-environment survey before the start on 2026-09-01 was due 2026-09-01; done 2026-08-20
c.yaml:7: K-1: info: decision.review: past: FK's review (omprövning) of decision D-1 was due 2026-11-01, 21 days ago
c.yaml:1: K-1: info: fk.report: done: FK report for 2026-09 (time report FK 3059 and invoice FK 3057) was due 2026-11-05; done 2026-10-12
c.yaml:1: K-1: info: fk.report: done: FK report for 2026-10 (time report FK 3059 and invoice FK 3057) was due 2026-12-07; done 2026-11-09
c.yaml:6: K-1: info: plan.followup: later: plan follow-up (6 months after 2026-08-25) is due 2027-02-25, in 95 days
c.yaml:7: K-1: info: decision.expiry: later: a new decision before decision D-1 ends (the client or god man applies) is due 2027-08-31, in 282 days
exit 0
