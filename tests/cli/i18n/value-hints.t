An unknown value in a case table, and a header a tool cannot use, are
told in the user's language whole: the nearest name, or the names there
are, the table, what is needed, with no English words in a Swedish or
Danish message but the column names themselves.
@@ file c.csv
case,regime,start
K-9,se-pq,2026-01-01
K-8,qqqqqq,2026-01-01
@@ file k.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-01-01
@@ file s.csv
case,staf,date,start,end
K-1,S-1,2026-03-01,08:00,10:00
@@ run
for l in C sv_SE.UTF-8 da_DK.UTF-8; do LC_ALL=$l plan-validate --today 2026-11-22 c.csv 2>&1 >/dev/null | head -n 2; LC_ALL=$l hours-check -c k.yaml s.csv; echo "exit $?"; done
@@ stdout
plan-validate: c.csv:2: regime: unknown value 'se-pq'; did you mean 'se-pa'?
plan-validate: c.csv:3: regime: unknown value 'qqqqqq' (expected se-pa, se-dv, dk-hh or dk-hp)
hours-check: 1 shift of s.csv was refused (see above); these findings leave it out
exit 2
plan-validate: c.csv:2: regime: okänt värde 'se-pq'; menade du 'se-pa'?
plan-validate: c.csv:3: regime: okänt värde 'qqqqqq' (förväntade se-pa, se-dv, dk-hh eller dk-hp)
hours-check: 1 pass i s.csv avvisades (se ovan); resultatet omfattar inte det som avvisats
exit 2
plan-validate: c.csv:2: regime: ukendt værdi 'se-pq'; mente du 'se-pa'?
plan-validate: c.csv:3: regime: ukendt værdi 'qqqqqq' (forventede se-pa, se-dv, dk-hh eller dk-hp)
hours-check: 1 vagt i s.csv blev afvist (se ovenfor) og indgår ikke i disse resultater
exit 2
@@ stderr
hours-check: s.csv:1: shift log header: no staff column (nearest seen: 'staf'); needed: case, staff, start, end (English, Swedish or Danish names, or a column map in the profile)
hours-check: s.csv: 1 shift left out because of the header
hours-check: s.csv:1: tidrapportens rubrikrad: ingen kolumn staff (närmast hittad: 'staf'); krävs: case, staff, start, end (engelska, svenska eller danska namn, eller en kolumnmappning i profilen)
hours-check: s.csv: 1 pass utelämnades på grund av rubrikraden
hours-check: s.csv:1: overskriftslinjen i timelisten: ingen kolonne staff (nærmeste fundet: 'staf'); påkrævet: case, staff, start, end (engelske, svenske eller danske navne eller en kolonne-mapping i profilen)
hours-check: s.csv: 1 vagt udeladt på grund af overskriftslinjen
