The demo timesheet as Excel saves it in Swedish and Danish (semicolons,
local headers, CRLF; UTF-8 with a byte order mark, Windows-1252, and
UTF-16 "Unicode text" with tabs) gives exactly the findings and the -s
table of the canonical file.  Windows-1252 is read when asked, by
--encoding or a profile; else the file is refused once, with the way out.
@@ file enc.yaml
encoding: cp1252
@@ run
t=$SRCDIR; d=$t/testdata/demo; x=$t/testdata/exports; c="--today 2026-11-22 -p $d/unit-profile.yaml --staff $d/roster.csv"; for f in $d/cases/*.yaml $d/tables/*.csv; do c="$c -c $f"; done; cp $d/shifts.csv shifts.csv; hours-check $c shifts.csv > want; echo "canonical: exit $?, $(wc -l < want) findings"; hours-check -s $c shifts.csv > want-s; for f in tidrapport-sv.csv tidrapport-sv-1252.csv tidrapport-sv-utf16.txt timeseddel-da.csv timeseddel-da-1252.csv timeseddel-da-utf16.txt; do cp $x/$f shifts.csv; hours-check --encoding cp1252 $c shifts.csv > got; echo "$f: exit $?"; cmp want got; hours-check -s -p enc.yaml $c shifts.csv | cmp want-s -; done; cp $x/tidrapport-sv-1252.csv shifts.csv; hours-check $c shifts.csv > /dev/null; echo "exit $?"
@@ stdout
canonical: exit 1, 28 findings
tidrapport-sv.csv: exit 1
tidrapport-sv-1252.csv: exit 1
tidrapport-sv-utf16.txt: exit 1
timeseddel-da.csv: exit 1
timeseddel-da-1252.csv: exit 1
timeseddel-da-utf16.txt: exit 1
exit 2
@@ stderr
hours-check: shifts.csv:1: not UTF-8 (byte 0xC4); if the file is Windows-1252, as Excel saves it, use --encoding cp1252
