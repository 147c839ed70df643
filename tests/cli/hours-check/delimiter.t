The delimiter is the header's: comma, semicolon or tab, or the one a
spreadsheet's "sep=" line names; -d forces one.  Quoting is the same for
all.  Line numbers are the file's, whatever its encoding: a bad row of a
UTF-16 or Windows-1252 file is reported on its own line.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 10}]
@@ printf semi.csv
\357\273\277Ärende;Personal;Datum;Start;Slut\r\nK-1;"S;1";2026-03-02;08:00;12:00\r\nK-1;S-1;2026-03-03;08:00;25:00\r\n
@@ printf tab.csv
case\tstaff\tdate\tstart\tend\nK-1\tS-1\t2026-03-02\t08:00\t12:00\n
@@ printf sep.csv
sep=;\r\ncase;staff;date;start;end\r\nK-1;S-1;2026-03-02;08:00;12:00\r\nK-1;S-1;2026-03-03;08:00;x\r\n
@@ printf u16.txt
\377\376c\000a\000s\000e\000\t\000s\000t\000a\000f\000f\000\t\000d\000a\000t\000e\000\t\000s\000t\000a\000r\000t\000\t\000e\000n\000d\000\r\000\n\000K\000-\0001\000\t\000S\000-\0001\000\t\0002\0000\0002\0006\000-\0000\0003\000-\0000\0002\000\t\0000\0008\000:\0000\0000\000\t\0001\0002\000:\0000\0000\000\r\000\n\000K\000-\0001\000\t\000S\000-\0001\000\t\0002\0000\0002\0006\000-\0000\0003\000-\0003\0000\000\t\0000\0008\000:\0000\0000\000\t\000x\000\r\000\n\000
@@ printf l1.csv
Ärende;Personal;Datum;Start;Slut\r\nK-1;S\303\266ren;2026-03-02;08:00;12:00\r\nK-1;S\303\266ren;2026-03-03;08:00;y\r\n
@@ file plain.csv
case;staff;date;start;end
K-1;S-1;2026-03-02;08:00;12:00
@@ run
hours-check -v --today 2026-11-22 -c c.yaml semi.csv tab.csv sep.csv u16.txt; echo "exit $?"; iconv -f UTF-8 -t WINDOWS-1252 l1.csv > w.csv; hours-check -v --today 2026-11-22 --encoding cp1252 -c c.yaml w.csv; echo "exit $?"; hours-check --today 2026-11-22 -d , -c c.yaml plain.csv; echo "exit $?"; hours-check -d '|' -c c.yaml tab.csv; echo "exit $?"; hours-check --encoding utf-16 -c c.yaml tab.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: info: hours.granted: used 16.00 h of 44.29 h granted in 2026-03-01..2026-03-31 (36%)
sep.csv:3: K-1: error: hours.overlap: S-1 works 2026-03-02 08:00-12:00 for K-1 and 2026-03-02 08:00-12:00 for K-1 (tab.csv:2) at the same time
u16.txt:2: K-1: error: hours.overlap: S-1 works 2026-03-02 08:00-12:00 for K-1 and 2026-03-02 08:00-12:00 for K-1 (tab.csv:2) at the same time
semi.csv:2: K-1: warning: hours.double-staffing: S;1 works 2026-03-02 08:00-12:00 at the same time as S-1 (u16.txt:2, from 2026-03-02 08:00) without a double-staffing grant
hours-check: 3 shifts of 3 files were refused (see above); these findings leave them out
exit 2
c.yaml:1: K-1: info: hours.granted: used 4.00 h of 44.29 h granted in 2026-03-01..2026-03-31 (9%)
hours-check: 1 shift of w.csv was refused (see above); these findings leave it out
exit 2
hours-check: 1 shift of plain.csv was refused (see above); these findings leave it out
exit 2
exit 2
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: semi.csv:3: end: invalid time '25:00' (no such day or time)
hours-check: sep.csv:4: end: invalid time 'x' (expected HH:MM, H:MM, HH.MM, H.MM or HHMM)
hours-check: u16.txt:3: end: invalid time 'x' (expected HH:MM, H:MM, HH.MM, H.MM or HHMM)
hours-check: shifts: 7 read, 4 used, 3 rejected
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: w.csv:3: end: invalid time 'y' (expected HH:MM, H:MM, HH.MM, H.MM or HHMM)
hours-check: shifts: 2 read, 1 used, 1 rejected
hours-check: plain.csv:1: shift log header: no case column, no staff column, no start column, no end column, unknown column 'case;staff;date;start;end'; needed: case, staff, start, end (English, Swedish or Danish names, or a column map in the profile)
hours-check: plain.csv: 1 shift left out because of the header
hours-check: unknown delimiter '|' (',', ';' or tab)
Try 'hours-check --help' for more information.
hours-check: unknown encoding 'utf-16' (utf-8, cp1252 or latin1)
Try 'hours-check --help' for more information.
