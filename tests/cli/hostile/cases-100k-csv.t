100,000 cases in one table are all read and checked; -v accounts for
every one.
@@ run
(echo case,regime,start; i=0; while [ $i -lt 100000 ]; do echo K-$i,se-dv,2026-11-01; i=$((i+1)); done) > cases.csv; deadline-watch -v --today 2026-11-22 -o csv cases.csv | wc -l; echo "exit $?"
@@ stdout
100001
exit 0
@@ stderr
deadline-watch: case records: 100000 read, 100000 used, 0 rejected
