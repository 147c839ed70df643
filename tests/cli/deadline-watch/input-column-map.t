A case system's table export, with its own column names and semicolons,
is read through the column map of a profile (testdata/exports/
case-system.yaml) and gives exactly what the canonical tables give;
without the map it is refused once, naming the cell nearest to 'case'.
A profile's map that names no column is refused with the nearest.
@@ file bad.yaml
columns:
  cases: {Ärendenr: cse}
  visit: {Besök: visit}
@@ run
t=$SRCDIR; d=$t/testdata/demo/tables; x=$t/testdata/exports; for f in events plans services; do cp $d/$f.csv .; done; cp $d/cases.csv .; cp $d/decisions.csv .; for tool in "deadline-watch -a" plan-validate; do $tool --today 2026-11-22 cases.csv decisions.csv events.csv plans.csv services.csv > want 2>&1; cp $x/case-system-cases.csv cases.csv; cp $x/case-system-decisions.csv decisions.csv; $tool --today 2026-11-22 -p $x/case-system.yaml cases.csv decisions.csv events.csv plans.csv services.csv > got 2>&1; echo "$tool: exit $?, $(wc -l < got) lines"; cmp want got; cp $d/cases.csv .; cp $d/decisions.csv .; done 2>/dev/null; deadline-watch --today 2026-11-22 $x/case-system-cases.csv 2>&1 | sed "s|$x/||"; deadline-watch -p bad.yaml cases.csv; echo "exit $?"
@@ stdout
deadline-watch -a: exit 1, 18 lines
plan-validate: exit 1, 2 lines
deadline-watch: case-system-cases.csv:1: not a case table: the header must have a 'case' column (nearest seen: 'Ärendenr') and the columns of a case, decision, service, plan or event table (English, Swedish or Danish names, or a column map in the profile)
deadline-watch: case-system-cases.csv: 2 rows left out because of the header
deadline-watch: 2 case records were refused (see above); these findings leave them out
exit 2
@@ stderr
deadline-watch: bad.yaml:2: columns: unknown column 'cse'; did you mean 'case'?
deadline-watch: bad.yaml:3: columns: unknown table 'visit'; did you mean 'visits'?
