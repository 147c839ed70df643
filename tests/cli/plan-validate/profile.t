A municipality that follows plans up every three months.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
decisions: [{id: D-1, decided: 2026-04-01, from: 2026-05-01}]
plan: {established: 2026-05-01, followups: [2026-08-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
@@ file quarterly.yaml
regime: se-pa
rules:
  plan.followup: {interval: 3m}
@@ run
plan-validate --today 2026-11-22 c.yaml; echo "exit $?"; plan-validate --today 2026-11-22 -p quarterly.yaml c.yaml
@@ stdout
exit 0
c.yaml:5: K-1: error: plan.followup: follow-up due 2026-11-02 (3 months after 2026-08-01 is 2026-11-01, not a working day) is missing, 20 days overdue
@@ status 1
