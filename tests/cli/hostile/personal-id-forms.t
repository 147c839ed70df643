privacy.ids, every written form: ids and values holding a Swedish
personnummer or Danish CPR number with or without the century, with '-',
'+', a space, a Unicode dash or hyphen (U+2010 to U+2015, U+2212, U+FE63,
U+FF0D), a no-break space, a soft hyphen or a zero-width character (U+200B,
U+2060, U+FEFF) between the digits.  Every tool refuses such a case, staff,
visit, decision, replaces or provider id as an id, with its file and line;
a value that holds one is masked wherever it is echoed, as is a file named
after one (in every output format); nothing of the number is left.
@@ printf c.yaml
case: "19900517\342\200\2231237"\nregime: se-pa\nfunder: fk\n---\ncase: K-1\nregime: dk-hh\nstart: 2026-01-01\ndecisions:\n  - {id: "9005\302\25517-1237", from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, every: 14d, minutes: 60}]}\n---\ncase: K-2\nregime: dk-hh\nstart: 2026-01-01\nclient: {visually_impaired: true}\ndecisions:\n  - {id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, every: 14d, minutes: 60}]}\n---\ncase: K-3\nregime: se-pa\nfunder: fk\nstart: 2026-01-01\nevents:\n  - {type: introduction, staff: "900517\302\2401237", date: 2026-02-01}\n---\ncase: K-6\nregime: se-pa\nfunder: municipality\nstart: 2026-01-01\ndecisions: [{id: D-6, from: 2026-01-01, hours_per_week: 40}]\n---\ncase: K-4\nregime: se-dv\nstart: "19900517 1237"\n"1990\342\200\2130517-1237": x\n
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,replaces,provider\nK-2,"900517\342\200\2131237",cleaning,2026-03-07T09:00,2026-03-07T10:00,H-1,delivered,,P\nK-2,V-2,cleaning,2026-03-09T09:00,2026-03-09T10:00,"19900517 1237",delivered,,P\n"900517\342\210\2221237",V-3,cleaning,2026-03-09T09:00,2026-03-09T10:00,H-1,delivered,,P\nK-2,V-4,cleaning,2026-03-10T09:00,2026-03-10T10:00,H-1,delivered,"900517\357\274\2151237",P\nK-2,V-5,cleaning,2026-03-10T09:00,2026-03-10T10:00,H-1,delivered,,"900517\357\271\2431237"\nK-2,V-6,cleaning,2026-03-11T09:00,2026-03-11T10:00,H-1,delivered,,P\n
@@ printf s.csv
case,staff,date,start,end\nK-6,"900517\342\200\2201237",2026-03-02,08:00,16:00\n"9005171237\342\201\240",S-1,2026-03-02,08:00,16:00\nK-6,S-1,2026-03-03,"19900517\342\200\221 1237",16:00\nK-6,S-1,2026-03-04,08:00,16:00\n
@@ printf t.csv
case,regime,funder,start\n"1990\357\273\27705171237",se-pa,fk,2026-01-01\nK-5,se-pa,fk,"900517\342\200\2251237"\n
@@ run
f=$(printf 'K 900517\302\2401237.yaml'); cp c.yaml "$f"; export SOURCE_DATE_EPOCH=1795305600; { plan-validate -v --today 2026-11-22 c.yaml t.csv > /dev/null; echo "exit $?"; deadline-watch -v --today 2026-11-22 c.yaml t.csv > /dev/null; echo "exit $?"; visit-compliance -v -c c.yaml v.csv; echo "exit $?"; hours-check -v -l error --today 2026-11-22 -c c.yaml s.csv; echo "exit $?"; for o in text csv json; do deadline-watch -l warning --today 2026-11-22 -o $o "$f" 2>/dev/null | grep -e K-2 -e ^file; done; deadline-watch --uid-domain x.example -l warning --today 2026-11-22 -o ics "$f" 2>/dev/null | tr -d '\r' | grep -A3 SUMMARY:K-2; } > out 2> err; cat out err; grep -c 1237 out err; echo done
@@ stdout
exit 2
exit 2
visit-compliance: 5 visits of v.csv were refused (see above); these findings leave them out
exit 2
hours-check: 3 shifts of s.csv were refused (see above); these findings leave them out
exit 2
K [redacted].yaml:13: K-2: error: workenv.apv: workplace assessment (APV) within 1 month of the start on 2026-01-01 was due 2026-02-01, 294 days ago
K [redacted].yaml:16: K-2: warning: decision.expiry: a new decision before decision D-2 ends (the client applies) is due 2026-12-31, in 39 days
file,line,case,severity,rule,date,message
K [redacted].yaml,13,K-2,error,workenv.apv,2026-02-01,"workplace assessment (APV) within 1 month of the start on 2026-01-01 was due 2026-02-01, 294 days ago"
K [redacted].yaml,16,K-2,warning,decision.expiry,2026-12-31,"a new decision before decision D-2 ends (the client applies) is due 2026-12-31, in 39 days"
{"file":"K [redacted].yaml","line":13,"case":"K-2","severity":"error","rule":"workenv.apv","date":"2026-02-01","message":"workplace assessment (APV) within 1 month of the start on 2026-01-01 was due 2026-02-01, 294 days ago"}
{"file":"K [redacted].yaml","line":16,"case":"K-2","severity":"warning","rule":"decision.expiry","date":"2026-12-31","message":"a new decision before decision D-2 ends (the client applies) is due 2026-12-31, in 39 days"}
SUMMARY:K-2: workenv.apv due 2026-02-01
DESCRIPTION:error: workplace assessment (APV) within 1 month of the start o
 n 2026-01-01 was due 2026-02-01\, 294 days ago (as of 2026-11-22\; K [reda
 cted].yaml:13)
--
SUMMARY:K-2: decision.expiry due 2026-12-31
DESCRIPTION:warning: a new decision before decision D-2 ends (the client ap
 plies) is due 2026-12-31\, in 39 days (as of 2026-11-22\; K [redacted].yam
 l:16)
plan-validate: c.yaml:1: case: id looks like a personal identity number, which reports must not show; use a case or staff number
plan-validate: t.csv:2: case: id looks like a personal identity number, which reports must not show; use a case or staff number
plan-validate: c.yaml:9: id: id looks like a personal identity number, which reports must not show; use a case or staff number
plan-validate: c.yaml:23: staff: id looks like a personal identity number, which reports must not show; use a case or staff number
plan-validate: c.yaml:33: start: invalid date '[redacted]' (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
plan-validate: c.yaml:34: unknown field '[redacted]' in case
plan-validate: t.csv:3: start: invalid date '[redacted]' (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
plan-validate: case records: 8 read, 2 used, 6 rejected
deadline-watch: c.yaml:1: case: id looks like a personal identity number, which reports must not show; use a case or staff number
deadline-watch: t.csv:2: case: id looks like a personal identity number, which reports must not show; use a case or staff number
deadline-watch: c.yaml:9: id: id looks like a personal identity number, which reports must not show; use a case or staff number
deadline-watch: c.yaml:23: staff: id looks like a personal identity number, which reports must not show; use a case or staff number
deadline-watch: c.yaml:33: start: invalid date '[redacted]' (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
deadline-watch: c.yaml:34: unknown field '[redacted]' in case
deadline-watch: t.csv:3: start: invalid date '[redacted]' (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
deadline-watch: case records: 8 read, 2 used, 6 rejected
visit-compliance: c.yaml:1: case: id looks like a personal identity number, which reports must not show; use a case or staff number
visit-compliance: c.yaml:9: id: id looks like a personal identity number, which reports must not show; use a case or staff number
visit-compliance: c.yaml:23: staff: id looks like a personal identity number, which reports must not show; use a case or staff number
visit-compliance: c.yaml:33: start: invalid date '[redacted]' (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
visit-compliance: c.yaml:34: unknown field '[redacted]' in case
visit-compliance: case records: 6 read, 2 used, 4 rejected
visit-compliance: v.csv:2: visit: not a usable id (shaped like a personal identity number)
visit-compliance: v.csv:3: staff: not a usable id (too long, control characters, or shaped like a personal identity number)
visit-compliance: v.csv:4: case: not a usable case id (shaped like a personal identity number); its visits are left out
visit-compliance: v.csv:5: replaces: not a usable id (shaped like a personal identity number)
visit-compliance: v.csv:6: provider: not a usable id (too long, control characters, or shaped like a personal identity number)
visit-compliance: visits: 6 read, 1 used, 5 rejected
hours-check: c.yaml:1: case: id looks like a personal identity number, which reports must not show; use a case or staff number
hours-check: c.yaml:9: id: id looks like a personal identity number, which reports must not show; use a case or staff number
hours-check: c.yaml:23: staff: id looks like a personal identity number, which reports must not show; use a case or staff number
hours-check: c.yaml:33: start: invalid date '[redacted]' (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
hours-check: c.yaml:34: unknown field '[redacted]' in case
hours-check: case records: 6 read, 2 used, 4 rejected
hours-check: s.csv:2: staff: not a usable staff id (empty, too long, control characters, or shaped like a personal identity number)
hours-check: s.csv:3: case: not a usable case id (shaped like a personal identity number); its shifts are left out
hours-check: s.csv:4: start: invalid time '[redacted]' (expected HH:MM, H:MM, HH.MM, H.MM or HHMM)
hours-check: shifts: 4 read, 1 used, 3 rejected
out:0
err:0
done
