A write error is an error: exit 2 with a message.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-01
@@ run
deadline-watch --today 2026-11-22 c.yaml > /dev/full; echo "exit $?"; deadline-watch --holidays SE 2026 > /dev/full; echo "exit $?"; deadline-watch --help > /dev/full; echo "exit $?"
@@ stdout
exit 2
exit 2
exit 2
@@ stderr
deadline-watch: write error: No space left on device
deadline-watch: write error: No space left on device
deadline-watch: write error: No space left on device
