data.personal-id: Swedish personnummer and samordningsnummer (date, Luhn
check digit) and Danish CPR numbers (a real date).  The message names the
case and never the number.
@@ file c.yaml
case: S-OK-1
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
client: {id: 19121212-1212}
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: S-OK-2
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
client: {id: 701063-2391}
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: S-BAD-1
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
client: {id: 19121212-1213}
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: S-BAD-2
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
client: {id: 19000229-1235}
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: S-BAD-3
regime: se-dv
decisions: [{id: D-1, decided: 2025-12-01, from: 2026-01-01, to: 2027-12-31}]
client: {id: 'unknown'}
plan: {established: 2026-01-10, participated: true, what: a, who: b, when: c, where: d, how: e, why: f, support_persons: [S-1]}
---
case: D-OK-1
regime: dk-hh
decisions: [{id: D-1, from: 2026-01-01, to: 2027-12-31}]
client: {id: 290200-4321}
---
case: D-BAD-1
regime: dk-hh
decisions: [{id: D-1, from: 2026-01-01, to: 2027-12-31}]
client: {id: 290201-4321}
@@ run
plan-validate --today 2026-11-22 c.yaml; for o in csv json; do plan-validate --today 2026-11-22 -o $o c.yaml; done | grep -c -e 1212 -e 4321 -e 2391 -e 1235
@@ stdout
c.yaml:16: S-BAD-1: error: data.personal-id: client id is not a valid personnummer or samordningsnummer (wrong check digit)
c.yaml:22: S-BAD-2: error: data.personal-id: client id is not a valid personnummer or samordningsnummer (no such date of birth)
c.yaml:28: S-BAD-3: error: data.personal-id: client id is not a valid personnummer or samordningsnummer (not of a known form)
c.yaml:39: D-BAD-1: error: data.personal-id: client id is not a valid CPR number (no such date of birth)
0
@@ status 1
