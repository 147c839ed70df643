Fail closed: on a system that has seccomp but will not take the tool's
filter (no-seccomp makes seccomp(2) and prctl(PR_SET_SECCOMP) fail, as a
container's own filter may), the tool says so and exits 2 before it reads
any record; -v still counts them (none).  CARETOOLS_SANDBOX=off runs it
unrestricted, as documented.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, hours_per_week: 40}]
@@ file s.csv
case,staff,date,start,end
K-1,S-1,2026-03-02,08:00,16:00
@@ run
export ASAN_OPTIONS=detect_leaks=0; CARETOOLS_SANDBOX= no-seccomp plan-validate -v --today 2026-11-22 c.yaml; echo "exit $?"; CARETOOLS_SANDBOX= no-seccomp hours-check -v -l error --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"; CARETOOLS_SANDBOX= no-seccomp deadline-watch -q --today 2026-11-22 < c.yaml; echo "exit $?"; CARETOOLS_SANDBOX=off no-seccomp plan-validate -v -l error --today 2026-11-22 c.yaml | wc -l; echo "exit $?"
@@ stdout
exit 2
exit 2
exit 2
12
exit 0
@@ stderr
plan-validate: sandbox: the system has seccomp but would not take the filter; nothing is read (CARETOOLS_SANDBOX=off runs the tool unrestricted)
plan-validate: case records: 0 read, 0 used, 0 rejected
hours-check: sandbox: the system has seccomp but would not take the filter; nothing is read (CARETOOLS_SANDBOX=off runs the tool unrestricted)
hours-check: case records: 0 read, 0 used, 0 rejected
hours-check: shifts: 0 read, 0 used, 0 rejected
deadline-watch: sandbox: the system has seccomp but would not take the filter; nothing is read (CARETOOLS_SANDBOX=off runs the tool unrestricted)
plan-validate: case records: 1 read, 1 used, 0 rejected
