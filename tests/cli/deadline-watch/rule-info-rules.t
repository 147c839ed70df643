Rules that only inform are info before their day and silent after it:
decision.review (30 days), contract.notice (3 months after notice),
decision.appeal-window (28 days after receipt), provider.change (the
first of the second month after notice).
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
contract: {notice: 2026-09-15}
decisions:
  - {id: D-1, from: 2026-01-01, review: 2026-12-22}
  - {id: D-2, from: 2026-01-01, review: 2026-12-23}
  - {id: D-3, from: 2026-01-01, review: 2026-11-21}
---
case: K-2
regime: dk-hh
decisions:
  - {id: D-1, from: 2026-11-01, received: 2026-11-03}
  - {id: D-2, from: 2026-10-01, received: 2026-10-20}
events:
  - {type: provider-change, notice: 2026-10-31}
  - {type: provider-change, notice: 2026-09-30}
@@ run
deadline-watch --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
c.yaml:4: K-1: info: contract.notice: the contract (notice given 2026-09-15) ends 2026-12-15, in 23 days
c.yaml:6: K-1: info: decision.review: FK's review (omprövning) of decision D-1 is due 2026-12-22, in 30 days
c.yaml:13: K-2: info: decision.appeal-window: the appeal window (klagefrist) for decision D-1, 28 days from its receipt on 2026-11-03, closes 2026-12-01, in 9 days
c.yaml:16: K-2: info: provider.change: the change of provider (notice given 2026-10-31) takes effect 2026-12-01, in 9 days
exit 1
