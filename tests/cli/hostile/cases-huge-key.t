A YAML key of over 1 MiB is refused at the limit.
@@ run
(echo 'case: K-1'; head -c 1100000 /dev/zero | tr '\0' k; echo ': 1') > c.yaml; deadline-watch -v --today 2026-11-22 c.yaml; echo "exit $?"
@@ stdout
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: c.yaml:2: YAML: could not find expected ':' (while scanning a simple key at line 2)
deadline-watch: case records: 1 read, 0 used, 1 rejected
