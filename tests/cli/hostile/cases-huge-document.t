Limits leave out one record, not the stream: a document over 16 MiB (here
a 300 MB value on a pipe, and 20 MB in a file) is skipped to the next
'---' with its file and line, counted as rejected, and the documents after
it are read; a value over 1 MiB on a pipe likewise.  The input is read a
document at a time, so memory stays small (capped here at 200 MB).
@@ file good.yaml
case: K-1
regime: se-dv
start: 2026-11-01
@@ run
[ -n "${CARETOOLS_TEST_SANITIZED:-}" ] || ulimit -v 200000; gen() { cat good.yaml; printf -- '---\ncase: K-2\nregime: se-dv\nplan: {what: '; head -c $1 /dev/zero | tr '\0' a; printf '}\n---\n'; sed s/K-1/K-3/ good.yaml; }; gen 300000000 | plan-validate -v -s --today 2026-11-22 -o csv | grep plan.initial; echo "exit $?"; gen 20000000 > big.yaml; plan-validate -v --today 2026-11-22 -s -o csv big.yaml | grep plan.initial; echo "exit $?"; gen 2000000 | plan-validate -v --today 2026-11-22 -s -o csv - | grep plan.initial; echo "exit $?"
@@ stdout
se-dv,plan.initial,2,0,2
exit 0
se-dv,plan.initial,2,0,2
exit 0
se-dv,plan.initial,2,0,2
exit 0
@@ stderr
plan-validate: <stdin>:4: document larger than 16777216 bytes (skipped to the next ---)
plan-validate: case records: 3 read, 2 used, 1 rejected
plan-validate: 1 case record was refused (see above); these totals leave it out
plan-validate: big.yaml:4: document larger than 16777216 bytes (skipped to the next ---)
plan-validate: case records: 3 read, 2 used, 1 rejected
plan-validate: 1 case record was refused (see above); these totals leave it out
plan-validate: <stdin>:7: value longer than 1048576 bytes
plan-validate: case records: 3 read, 2 used, 1 rejected
plan-validate: 1 case record was refused (see above); these totals leave it out
