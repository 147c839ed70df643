plan.participation: participated, or a note saying why not.
@@ file c.yaml
case: K-1
regime: se-dv
plan: {participated: true, support_persons: [S-1], what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-2
regime: se-dv
plan: {participated: false, participation_note: The guardian took part, support_persons: [S-1], what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-3
regime: se-dv
plan: {participated: false, support_persons: [S-1], what: a, who: b, when: c, where: d, how: e, why: f}
---
case: K-4
regime: se-dv
plan: {support_persons: [S-1], what: a, who: b, when: c, where: d, how: e, why: f}
@@ run
plan-validate --today 2026-11-22 c.yaml
@@ stdout
c.yaml:11: K-3: error: plan.participation: the client did not take part in the plan and no participation_note says why
c.yaml:15: K-4: error: plan.participation: plan does not record whether the client took part in writing it ('participated')
@@ status 1
