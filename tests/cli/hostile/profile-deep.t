A profile nested past the depth limit is refused.
@@ file c.yaml
case: K-1
regime: se-dv
@@ run
(printf 'rules: '; i=0; while [ $i -lt 100 ]; do printf '{a: '; i=$((i+1)); done; printf 1; i=0; while [ $i -lt 100 ]; do printf '}'; i=$((i+1)); done; echo) > p.yaml; plan-validate -v --today 2026-11-22 -p p.yaml c.yaml; echo "exit $?"
@@ stdout
exit 2
@@ stderr
plan-validate: p.yaml:1: document nested deeper than 32 levels
plan-validate: case records: 0 read, 0 used, 0 rejected
