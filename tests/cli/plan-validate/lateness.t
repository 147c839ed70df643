plan-validate judges every deadline rule over the case's history: a duty
met on its day is silent, one met late a warning with the days late, one
never met and overdue an error.  The informing rules (an appeal window
that closed) are noted as info.  A start of help recorded after its due
day is late; one recorded for a day still ahead is to begin late.
@@ file c.yaml
---
case: K-1
regime: dk-hh
start: 2026-11-17
decisions: [{id: D-1, from: 2026-10-01, received: 2026-10-01}]
events:
  - {type: application, received: 2026-10-01, contacted: 2026-10-08, decided: 2026-10-23}
  - {type: application, received: 2026-11-02}
  - {type: provider-choice, chosen: 2026-11-02}
  - {type: provider-change, notice: 2026-11-10}
  - {type: complaint, received: 2026-10-01, answered: 2026-10-15}
  - {type: complaint, received: 2026-10-05, answered: 2026-10-20}
  - {type: complaint, received: 2026-10-10}
---
case: K-2
regime: dk-hh
start: 2026-12-10
decisions: [{id: D-2, from: 2026-11-20}]
events:
  - {type: provider-choice, chosen: 2026-11-20}
@@ file s.yaml
---
case: K-3
regime: se-pa
funder: fk
start: 2026-08-01
schedule_agreed: 2026-07-20
plan: {established: 2026-07-20, what: a, who: b, when: c, where: d, how: e, why: f, participated: true}
workenv_assessed: 2026-07-15
decisions: [{id: D-3, from: 2026-08-01, decided: 2026-07-10}]
events:
  - {type: fk-report, month: 2026-08, submitted: 2026-10-05}
  - {type: fk-report, month: 2026-09, submitted: 2026-11-06}
---
case: K-4
regime: se-dv
start: 2026-09-01
plan: {established: 2026-09-10, what: a, who: b, when: c, where: d, how: e, why: f, participated: true, support_persons: [S-1]}
decisions: [{id: D-4, from: 2026-09-01}]
events:
  - {type: summary, period: 2026-09, done: 2026-10-14}
  - {type: summary, period: 2026-10, done: 2026-11-18}
@@ file p.yaml
rules:
  complaint.response: {within: 14d}
@@ run
plan-validate --today 2026-11-22 -p p.yaml c.yaml s.yaml; echo "exit $?"
@@ stdout
c.yaml:12: K-1: warning: complaint.response: answer to the complaint received 2026-10-05 was due 2026-10-19 and done 2026-10-20, 1 day late
c.yaml:7: K-1: warning: application.decision: written decision on the application received 2026-10-01 was due 2026-10-22 and done 2026-10-23, 1 day late
c.yaml:13: K-1: error: complaint.response: answer to the complaint received 2026-10-10 was due 2026-10-24 and is not recorded as done, 29 days overdue
c.yaml:5: K-1: info: decision.appeal-window: the appeal window (klagefrist) for decision D-1, 28 days from its receipt on 2026-10-01, closed 2026-10-29
c.yaml:8: K-1: error: application.contact: first contact by the visiting officer (visitator) on the application received 2026-11-02 was due 2026-11-09 and is not recorded as done, 13 days overdue
c.yaml:4: K-1: warning: provider.start: help began 2026-11-17, 1 day late (due 2026-11-16, 10 working days after the provider was chosen on 2026-11-02)
c.yaml:17: K-2: warning: provider.start: help is to begin 2026-12-10, 6 days late (due 2026-12-04, 10 working days after the provider was chosen on 2026-11-20)
s.yaml:2: K-3: warning: fk.report: FK report for 2026-09 (time report FK 3059 and invoice FK 3057) was due 2026-11-05 and done 2026-11-06, 1 day late
s.yaml:14: K-4: warning: dv.summary: summary of the daily notes for 2026-10 was due 2026-11-16 and done 2026-11-18, 2 days late
exit 1
