The demo visit log as Excel saves it in Swedish and Danish (semicolons,
local headers, CRLF; UTF-8 with a byte order mark, Windows-1252, and
UTF-16 "Unicode text" with tabs) gives exactly the findings and the -s
table of the canonical file.  Without --encoding the Windows-1252 files
are refused once, on the line of their first byte outside UTF-8.
@@ run
t=$SRCDIR; d=$t/testdata/demo; x=$t/testdata/exports; c="--today 2026-11-22 -p $d/unit-profile.yaml"; for f in $d/cases/*.yaml $d/tables/*.csv; do c="$c -c $f"; done; cp $d/visits.csv visits.csv; visit-compliance $c visits.csv > want; echo "canonical: exit $?, $(wc -l < want) findings"; visit-compliance -s $c visits.csv > want-s; for f in besok-sv.csv besok-sv-1252.csv besok-sv-utf16.txt besoeg-da.csv besoeg-da-1252.csv besoeg-da-utf16.txt; do cp $x/$f visits.csv; visit-compliance --encoding cp1252 $c visits.csv > got; echo "$f: exit $?"; cmp want got; visit-compliance -s --encoding=cp1252 $c visits.csv | cmp want-s -; done; for f in besok-sv-1252.csv besoeg-da-1252.csv; do cp $x/$f visits.csv; visit-compliance $c visits.csv > /dev/null; echo "exit $?"; done
@@ stdout
canonical: exit 1, 5 findings
besok-sv.csv: exit 1
besok-sv-1252.csv: exit 1
besok-sv-utf16.txt: exit 1
besoeg-da.csv: exit 1
besoeg-da-1252.csv: exit 1
besoeg-da-utf16.txt: exit 1
exit 2
exit 2
@@ stderr
visit-compliance: visits.csv:1: not UTF-8 (byte 0xC4); if the file is Windows-1252, as Excel saves it, use --encoding cp1252
visit-compliance: visits.csv:1: not UTF-8 (byte 0xF8); if the file is Windows-1252, as Excel saves it, use --encoding cp1252
