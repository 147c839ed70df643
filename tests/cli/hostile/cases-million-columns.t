A case table whose header has 10^6 columns is refused at 1024 fields.
@@ run
(awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "c%d,", i; print "case" }'; echo K-1) > cases.csv; deadline-watch -v --today 2026-11-22 cases.csv; echo "exit $?"
@@ stdout
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: cases.csv:1: more than 1024 fields in a row
deadline-watch: cases.csv: 1 row left out because of the header
deadline-watch: case records: 1 read, 0 used, 1 rejected
