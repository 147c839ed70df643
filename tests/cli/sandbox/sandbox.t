The sandbox: once its inputs are open, each tool can still read them and
write its report, and nothing else.  Sandboxed and not, every tool writes
the same; a file it tries to open afterwards (CARETOOLS_SANDBOX_PROBE)
cannot be opened, nor looked up by its path (fstatat with AT_EMPTY_PATH,
which the C library's fstat uses and which still follows a path that is
not empty), and no process can be started (fork: clone without
CLONE_THREAD); with CARETOOLS_SANDBOX=off they can, which the tool
reports as errors.  (Leak checking is off here: LeakSanitizer cannot
trace a sandboxed process.)
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, hours_per_week: 40}]
---
case: K-2
regime: dk-hh
start: 2026-01-01
client: {visually_impaired: true}
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, every: 14d, minutes: 60}]}]
@@ file s.csv
case,staff,date,start,end
K-1,S-1,2026-03-28,22:00,07:00
K-1,S-1,2026-03-29,06:00,14:00
@@ file v.csv
case,visit,service,planned_start,planned_end,staff,status
K-2,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered
K-2,V-2,cleaning,2026-03-21T09:00,2026-03-21T10:00,H-2,delivered
@@ run
export ASAN_OPTIONS=detect_leaks=0; run() { deadline-watch --today 2026-11-22 -a c.yaml; plan-validate --today 2026-11-22 c.yaml; hours-check --today 2026-11-22 -c c.yaml s.csv; hours-check --fk-month 2026-03 -c c.yaml < s.csv; visit-compliance -c c.yaml v.csv; visit-compliance -s -c c.yaml < v.csv; }; CARETOOLS_SANDBOX= run > on 2>&1; CARETOOLS_SANDBOX=off run > off 2>&1; wc -l < on; cmp on off && echo same; for t in deadline-watch plan-validate; do CARETOOLS_SANDBOX= CARETOOLS_SANDBOX_PROBE=c.yaml $t --today 2026-11-22 c.yaml > /dev/null; echo "exit $?"; done; CARETOOLS_SANDBOX= CARETOOLS_SANDBOX_PROBE=c.yaml hours-check -c c.yaml s.csv > /dev/null; echo "exit $?"; CARETOOLS_SANDBOX= CARETOOLS_SANDBOX_PROBE=c.yaml visit-compliance -c c.yaml v.csv > /dev/null; echo "exit $?"; CARETOOLS_SANDBOX=off CARETOOLS_SANDBOX_PROBE=c.yaml plan-validate --today 2026-11-22 c.yaml > /dev/null; echo "exit $?"
@@ stdout
47
same
exit 1
exit 1
exit 1
exit 1
exit 2
@@ stderr
deadline-watch: sandbox: c.yaml cannot be opened: Operation not permitted
deadline-watch: sandbox: c.yaml cannot be looked up (fstatat): Operation not permitted
deadline-watch: sandbox: no process can be started (fork): Operation not permitted
plan-validate: sandbox: c.yaml cannot be opened: Operation not permitted
plan-validate: sandbox: c.yaml cannot be looked up (fstatat): Operation not permitted
plan-validate: sandbox: no process can be started (fork): Operation not permitted
hours-check: sandbox: c.yaml cannot be opened: Operation not permitted
hours-check: sandbox: c.yaml cannot be looked up (fstatat): Operation not permitted
hours-check: sandbox: no process can be started (fork): Operation not permitted
visit-compliance: sandbox: c.yaml cannot be opened: Operation not permitted
visit-compliance: sandbox: c.yaml cannot be looked up (fstatat): Operation not permitted
visit-compliance: sandbox: no process can be started (fork): Operation not permitted
plan-validate: sandbox: c.yaml could be opened: the process is not restricted
plan-validate: sandbox: c.yaml could be looked up (fstatat): the process is not restricted
plan-validate: sandbox: a process could be started (fork): the process is not restricted
