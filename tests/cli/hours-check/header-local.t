Headers match without regard to case (Ä and Ö too), spaces, hyphens and
underscores, in English, Swedish or Danish; anything else through a
profile's column map, where null leaves a column out.  A header that
still cannot be used is refused once, with what is missing and the
nearest cell seen.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, every: 7d, minutes: 60}]}]
@@ file sv.csv
ÄRENDE;personal;Datum;START;slut;TYP
K-1;H-1;2026-03-02;08:00;09:00;active
@@ file export.csv
Brukarnr;Anst.nr;Dag;Från kl;Till kl;Kommentar
K-1;H-2;2026-03-03;08:00;09:00;late
@@ file roster.csv
Medarbejder;Faglært;Ansættelsesform
H-1;true;permanent
H-2;false;substitute
@@ file map.yaml
columns:
  timesheet:
    brukarnr: case
    Anst nr: staff
    Dag: date
    Från kl: start
    Till kl: end
    Kommentar: ~
@@ file typo.csv
Ärende;Personl;Datum;Start;Slut;Pass
K-1;H-1;2026-03-04;08:00;09:00;x
@@ file enc.yaml
encoding: utf-16
@@ run
hours-check -v --today 2026-11-22 -p map.yaml --staff roster.csv -c c.yaml sv.csv export.csv typo.csv; echo "exit $?"; hours-check --today 2026-11-22 -c c.yaml export.csv; echo "exit $?"; hours-check -p enc.yaml -c c.yaml sv.csv; echo "exit $?"
@@ stdout
c.yaml:1: K-1: error: hours.granted: used 2.00 h of 1.00 h granted in 2026-03-02..2026-03-08: 1.00 h over
roster.csv:1: *: error: staff.unskilled: in 2026 unskilled staff work 50.0% of the hours (1.00 of 2.00 h; at most 10%; a partial figure: the file has 2026-03-02..2026-03-03 of the year)
sv.csv:1: *: info: hours.average-visited: on average 1.00 h a week granted per recipient over 1 dk-hh recipients (target 3.0-3.5 h)
hours-check: 1 shift of typo.csv was refused (see above); these findings leave it out
exit 2
hours-check: 1 shift of export.csv was refused (see above); these findings leave it out
exit 2
exit 2
@@ stderr
hours-check: case records: 1 read, 1 used, 0 rejected
hours-check: typo.csv:1: shift log header: no staff column (nearest seen: 'Personl'), unknown column 'Pass'; needed: case, staff, start, end (English, Swedish or Danish names, or a column map in the profile)
hours-check: typo.csv: 1 shift left out because of the header
hours-check: shifts: 3 read, 2 used, 1 rejected
hours-check: export.csv:1: shift log header: no case column (nearest seen: 'Brukarnr'), no staff column, no start column, no end column, unknown column 'Anst.nr' and 4 more; needed: case, staff, start, end (English, Swedish or Danish names, or a column map in the profile)
hours-check: export.csv: 1 shift left out because of the header
hours-check: enc.yaml:1: encoding: unknown encoding 'utf-16' (utf-8, cp1252 or latin1)
