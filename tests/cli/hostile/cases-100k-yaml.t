100,000 YAML documents in one file are all read.
@@ run
i=0; while [ $i -lt 100000 ]; do printf 'case: K-%d\nregime: se-dv\nstart: 2026-11-01\n---\n' $i; i=$((i+1)); done > c.yaml; plan-validate -v --today 2026-11-22 -s -o csv c.yaml | grep plan.initial; echo "exit $?"
@@ stdout
se-dv,plan.initial,100000,0,100000
exit 0
@@ stderr
plan-validate: case records: 100000 read, 100000 used, 0 rejected
