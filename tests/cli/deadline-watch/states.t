deadline-watch -a prints each deadline's state as one word of a fixed
set: done (met by its day), late (met after it), overdue, due (within the
horizon), later, past (an informing rule whose day has gone).  Without
-a, a deadline met late is history (plan-validate's) and not shown,
unless the day it is met is still ahead: a start of help planned after
its due day is a warning now.  Informing rules say what happens: the
appeal window closes, a change of provider takes effect.
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
@@ file p.yaml
rules:
  complaint.response: {within: 14d}
@@ run
deadline-watch -a --today 2026-11-22 -p p.yaml c.yaml; echo "exit $?"; deadline-watch -a --today 2026-11-22 -p p.yaml c.yaml | cut -d: -f6 | sort | uniq -c; deadline-watch --today 2026-11-22 -p p.yaml c.yaml; echo "exit $?"
@@ stdout
c.yaml:7: K-1: info: application.contact: done: first contact by the visiting officer (visitator) on the application received 2026-10-01 was due 2026-10-08; done 2026-10-08
c.yaml:11: K-1: info: complaint.response: done: answer to the complaint received 2026-10-01 was due 2026-10-15; done 2026-10-15
c.yaml:12: K-1: info: complaint.response: late: answer to the complaint received 2026-10-05 was due 2026-10-19; done 2026-10-20, 1 day late
c.yaml:7: K-1: info: application.decision: late: written decision on the application received 2026-10-01 was due 2026-10-22; done 2026-10-23, 1 day late
c.yaml:13: K-1: error: complaint.response: overdue: answer to the complaint received 2026-10-10 was due 2026-10-24, 29 days ago
c.yaml:5: K-1: info: decision.appeal-window: past: the appeal window (klagefrist) for decision D-1, 28 days from its receipt on 2026-10-01, closed 2026-10-29, 24 days ago
c.yaml:8: K-1: error: application.contact: overdue: first contact by the visiting officer (visitator) on the application received 2026-11-02 was due 2026-11-09, 13 days ago
c.yaml:9: K-1: info: provider.start: late: start of help within 10 working days of choosing the provider on 2026-11-02 was due 2026-11-16; done 2026-11-17, 1 day late
c.yaml:8: K-1: warning: application.decision: due: written decision on the application received 2026-11-02 is due 2026-11-23, in 1 day
c.yaml:4: K-1: warning: workenv.apv: due: workplace assessment (APV) within 1 month of the start on 2026-11-17 is due 2026-12-17, in 25 days
c.yaml:10: K-1: info: provider.change: later: the change of provider (notice given 2026-11-10) takes effect 2027-01-01, in 40 days
c.yaml:20: K-2: warning: provider.start: late: start of help within 10 working days of choosing the provider on 2026-11-20 is due 2026-12-04; planned for 2026-12-10, 6 days late
c.yaml:17: K-2: info: workenv.apv: later: workplace assessment (APV) within 1 month of the start on 2026-12-10 is due 2027-01-10, in 49 days
exit 1
      2  done
      2  due
      4  late
      2  later
      2  overdue
      1  past
c.yaml:13: K-1: error: complaint.response: answer to the complaint received 2026-10-10 was due 2026-10-24, 29 days ago
c.yaml:8: K-1: error: application.contact: first contact by the visiting officer (visitator) on the application received 2026-11-02 was due 2026-11-09, 13 days ago
c.yaml:8: K-1: warning: application.decision: written decision on the application received 2026-11-02 is due 2026-11-23, in 1 day
c.yaml:4: K-1: warning: workenv.apv: workplace assessment (APV) within 1 month of the start on 2026-11-17 is due 2026-12-17, in 25 days
c.yaml:20: K-2: warning: provider.start: start of help within 10 working days of choosing the provider on 2026-11-20 is due 2026-12-04; planned for 2026-12-10, 6 days late
exit 1
