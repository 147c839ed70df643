-q prints nothing when nothing is reported; an error writing the output is
an error (exit 2), with a message.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, minutes: 60}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,staff,status
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered
K-1,V-2,cleaning,2026-03-07T09:00,2026-03-07T10:00,H-1,delivered
@@ run
head -2 v.csv | visit-compliance -q -o csv -c c.yaml; echo "exit $?"; visit-compliance -c c.yaml v.csv > /dev/full; echo "exit $?"; visit-compliance -s -c c.yaml v.csv > /dev/full; echo "exit $?"
@@ stdout
exit 0
exit 2
exit 2
@@ stderr
visit-compliance: write error: No space left on device
visit-compliance: write error: No space left on device
