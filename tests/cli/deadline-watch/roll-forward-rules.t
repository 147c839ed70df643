roll_forward per rule.  Danish rules do not roll by default: a written
decision 21 days after an application of 16 March 2026 is due on Easter
Monday (2. påskedag), in dk-hh and in dk-hp alike, unless a unit sets
roll_forward on.  fk.report rolls (5 September 2026 is a Saturday) unless
switched off.  contract.notice says when the contract ends, and has no
roll_forward: three months after notice on 20 September is Sunday
20 December.
@@ file c.yaml
case: K-1
regime: dk-hh
events:
  - {type: application, received: 2026-03-16}
---
case: K-2
regime: se-pa
funder: fk
start: 2026-07-01
contract: {notice: 2026-09-20}
---
case: K-3
regime: dk-hp
events:
  - {type: application, received: 2026-03-16}
@@ file p.yaml
regime: dk-hh
rules:
  application.decision: {roll_forward: on}
---
regime: se-pa
rules:
  fk.report: {roll_forward: off}
  contract.notice: {roll_forward: off}
@@ file q.yaml
regime: dk-hh
rules:
  application.decision: {roll_forward: on}
---
regime: se-pa
rules:
  fk.report: {roll_forward: off}
@@ run
deadline-watch -a --today 2026-08-20 c.yaml | grep -e application.decision -e contract -e fk.report; deadline-watch -a --today 2026-08-20 -p p.yaml c.yaml; echo "exit $?"; deadline-watch -a --today 2026-08-20 -p q.yaml c.yaml | grep -e application.decision -e contract -e fk.report
@@ stdout
c.yaml:4: K-1: error: application.decision: overdue: written decision on the application received 2026-03-16 was due 2026-04-06, 136 days ago
c.yaml:6: K-2: warning: fk.report: due: FK report for 2026-07 (time report FK 3059 and invoice FK 3057) is due 2026-09-07, in 18 days
c.yaml:10: K-2: info: contract.notice: later: the contract (notice given 2026-09-20) ends 2026-12-20, in 122 days
c.yaml:15: K-3: error: application.decision: overdue: written decision on the application received 2026-03-16 was due 2026-04-06, 136 days ago
exit 2
c.yaml:4: K-1: error: application.decision: overdue: written decision on the application received 2026-03-16 was due 2026-04-07, 135 days ago
c.yaml:6: K-2: warning: fk.report: due: FK report for 2026-07 (time report FK 3059 and invoice FK 3057) is due 2026-09-05, in 16 days
c.yaml:10: K-2: info: contract.notice: later: the contract (notice given 2026-09-20) ends 2026-12-20, in 122 days
c.yaml:15: K-3: error: application.decision: overdue: written decision on the application received 2026-03-16 was due 2026-04-06, 136 days ago
@@ stderr
deadline-watch: p.yaml:8: contract.notice: unknown parameter 'roll_forward'
