decision.expiry: the furthest decision's end, with its own 90-day notice.
K-1 ends in exactly 90 days (warning); K-2 in 91 (silent); K-3 has
expired (error); K-4 is followed by an open-ended decision (silent);
K-5's contract ends first (silent).
@@ file c.yaml
case: K-1
regime: se-dv
decisions: [{id: D-1, from: 2026-01-01, to: 2027-02-20}]
---
case: K-2
regime: se-dv
decisions: [{id: D-1, from: 2026-01-01, to: 2027-02-21}]
---
case: K-3
regime: dk-hh
decisions:
  - {id: D-1, from: 2025-01-01, to: 2025-12-31}
  - {id: D-2, from: 2026-01-01, to: 2026-10-31}
  - {id: T-1, from: 2026-10-01, to: 2027-03-31, temporary: true}
---
case: K-4
regime: dk-hh
decisions:
  - {id: D-1, from: 2025-01-01, to: 2026-12-31}
  - {id: D-2, from: 2027-01-01}
---
case: K-5
regime: se-pa
funder: fk
contract: {signed: 2025-01-01, notice: 2026-09-01}
decisions: [{id: D-1, from: 2025-01-01, to: 2026-12-31}]
@@ run
deadline-watch --today 2026-11-22 c.yaml
@@ stdout
c.yaml:3: K-1: warning: decision.expiry: a new decision before decision D-1 ends (the client or god man applies) is due 2027-02-20, in 90 days
c.yaml:13: K-3: error: decision.expiry: a new decision before decision D-2 ends (the client applies) was due 2026-10-31, 22 days ago
c.yaml:25: K-5: info: contract.notice: the contract (notice given 2026-09-01) ends 2026-12-01, in 9 days
@@ status 1
