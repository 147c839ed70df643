complaint.response is off until a profile sets "within".
@@ file c.yaml
case: K-1
regime: se-dv
events:
  - {type: complaint, received: 2026-11-01}
  - {type: complaint, received: 2026-11-02, answered: 2026-11-10}
@@ file p.yaml
rules:
  complaint.response: {within: 14d}
@@ run
deadline-watch --today 2026-11-22 c.yaml; echo "exit $?"; deadline-watch --today 2026-11-22 -p p.yaml c.yaml
@@ stdout
exit 0
c.yaml:4: K-1: error: complaint.response: answer to the complaint received 2026-11-01 was due 2026-11-16, 6 days ago
@@ status 1
