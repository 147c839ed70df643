application.contact: 5 working days in Denmark, counted past Easter
(2, 3 and 6 April 2026 are holidays); application.decision: 21 days.
@@ file c.yaml
case: K-1
regime: dk-hh
events:
  - {type: application, received: 2026-04-01}
@@ run
deadline-watch --today 2026-04-10 c.yaml; deadline-watch --today 2026-04-14 -l error c.yaml
@@ stdout
c.yaml:4: K-1: warning: application.contact: first contact by the visiting officer (visitator) on the application received 2026-04-01 is due 2026-04-13, in 3 days
c.yaml:4: K-1: warning: application.decision: written decision on the application received 2026-04-01 is due 2026-04-22, in 12 days
c.yaml:4: K-1: error: application.contact: first contact by the visiting officer (visitator) on the application received 2026-04-01 was due 2026-04-13, 1 day ago
@@ status 1
