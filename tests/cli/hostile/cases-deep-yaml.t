YAML nested 200 levels deep is refused at the depth limit, without
recursion running away.
@@ run
(echo 'case: K-1'; echo 'regime: se-dv'; printf 'x: '; i=0; while [ $i -lt 200 ]; do printf '['; i=$((i+1)); done; i=0; while [ $i -lt 200 ]; do printf ']'; i=$((i+1)); done; echo) > c.yaml; deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: c.yaml:1: document nested deeper than 32 levels
deadline-watch: case records: 1 read, 0 used, 1 rejected
