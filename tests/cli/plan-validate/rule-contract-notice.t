contract.notice (se-pa): the contract ends 3 months after written notice
(info); anything recorded after that is an error.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-15
schedule_agreed: 2026-01-10
workenv_assessed: 2026-01-10
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-15, to: 2027-12-31}]
contract: {signed: 2026-01-01, notice: 2026-08-31}
plan: {established: 2026-01-10, followups: [2026-07-01, 2026-12-01], participated: true, what: a, who: b, when: c, where: d, how: e, why: f}
events:
  - {type: schedule-change, requested: 2026-10-01, effective: 2026-11-30}
  - {type: schedule-change, requested: 2026-10-01, effective: 2026-12-01}
  - {type: introduction, date: 2026-12-15, staff: S-9}
@@ run
plan-validate --today 2026-12-31 c.yaml
@@ stdout
c.yaml:8: K-1: info: contract.notice: the contract ends 2026-11-30, 3 months after notice given 2026-08-31
c.yaml:9: K-1: error: contract.notice: plan follow-up on 2026-12-01, after the contract ended 2026-11-30
c.yaml:12: K-1: error: contract.notice: schedule-change on 2026-12-01, after the contract ended 2026-11-30
c.yaml:13: K-1: error: contract.notice: introduction on 2026-12-15, after the contract ended 2026-11-30
@@ status 1
