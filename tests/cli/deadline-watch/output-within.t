-w sets the horizon of rules without their own notice, in any unit: the
36th working day after Sunday 22 November is Monday 18 January (24 and
31 December and 6 January are not working days in Sweden).
@@ file c.yaml
case: K-1
regime: se-dv
start: 2027-01-04
@@ run
deadline-watch --today 2026-11-22 c.yaml; echo "exit $?"; deadline-watch --today 2026-11-22 -w 2m c.yaml; deadline-watch --today 2026-11-22 -w 35wd c.yaml; echo "exit $?"; deadline-watch --today 2026-11-22 -w 36wd c.yaml
@@ stdout
exit 0
c.yaml:3: K-1: warning: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2027-01-04 is due 2027-01-18, in 57 days
exit 0
c.yaml:3: K-1: warning: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2027-01-04 is due 2027-01-18, in 57 days
@@ status 1
