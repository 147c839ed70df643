plan.support-persons (se-dv): one or two.  plan.support-not-guardian: no
support person is the client's god man or förvaltare.
@@ file c.yaml
case: K-1
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1, S-2]}
---
case: K-2
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: []}
---
case: K-3
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1, S-2, S-3]}
---
case: K-4
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
client: {guardians: [G-1, S-2]}
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1, S-2]}
@@ run
plan-validate --today 2026-11-22 c.yaml
@@ stdout
c.yaml:9: K-2: error: plan.support-persons: plan names 0 support persons; 1 to 2 are required
c.yaml:14: K-3: error: plan.support-persons: plan names 3 support persons; 1 to 2 are required
c.yaml:20: K-4: error: plan.support-not-guardian: support person S-2 is also the client's god man or förvaltare
@@ status 1
