A case table with only its header holds no cases.
@@ printf cases.csv
case,regime,funder,start\n
@@ run
plan-validate -v --today 2026-11-22 cases.csv; echo "exit $?"
@@ stdout
exit 0
@@ stderr
plan-validate: case records: 0 read, 0 used, 0 rejected
