A YAML value over 1 MiB is refused at the limit.
@@ run
(echo 'case: K-1'; echo 'regime: se-dv'; printf 'plan: {what: '; head -c 2000000 /dev/zero | tr '\0' a; echo '}') > c.yaml; plan-validate -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
plan-validate: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
plan-validate: c.yaml:3: value longer than 1048576 bytes
plan-validate: case records: 1 read, 0 used, 1 rejected
