SIGUSR1 (dd's habit) prints one status line on the standard error, the
input's name, bytes and rows read and the rate, and the run goes on to
its normal end; with stderr not a terminal there is no display.  The
log is a FIFO, so the tool has its handler before the first byte comes.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-03-01
decisions: [{id: D-1, from: 2026-03-01, to: 2026-12-31, hours_per_week: 40}]
@@ run
mkfifo f; hours-check --today 2026-11-22 -s -c c.yaml f > out 2> err & pid=$!; exec 3>f; printf 'case,staff,date,start,end,kind\nK-1,S-1,2026-03-02,08:00,12:00,active\n' >&3; sleep 0.3; kill -USR1 $pid; sleep 0.3; printf 'K-1,S-1,2026-03-03,08:00,12:00,active\n' >&3; exec 3>&-; wait $pid; echo "exit $?"; sed 's/[0-9][0-9]*/N/g' err; cut -c1-48 out
@@ stdout
exit 0
hours-check: f: N B, N rows, N B/s
case         period                   granted   
K-1          2026-03-01..2026-08-31   1051.43   
