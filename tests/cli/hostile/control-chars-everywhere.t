No forged lines: control characters (line breaks, ESC, C1 controls, U+2028,
bidirectional overrides) in file names, ids and every free-text field are
never written raw.  Text, CSV and messages show them escaped (\n, \x1b,
\u0085); JSON writes a file name's as \u escapes and a message as the text
shows it; iCalendar as the text shows them, its own escapes added.  A
case id or regime with one is refused with its file and line; a visit id
(any text) is shown escaped; the fields no report prints (the plan's
what, who...) stay unprinted.  The file names also hold a personal
identity number, masked everywhere.  Not one control byte is left in any
output but the line ends.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-01-01
plan:
  established: 2026-01-10
  participated: false
  participation_note: "a\nb\e[31m\x85c"
  what: "line\nforged.yaml:1: K-9: error: forged"
  who: "\e]0;title\a"
  when: "\r"
  where: "\t"
  how: "\u2028x"
  why: "\u202e"
  support_persons: [G-2]
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31}]
---
case: "K-2\e[2J"
regime: se-dv
---
case: K-3
regime: "se-dv\n"
---
case: K-4
regime: se-dv
start: "2026-01-01\e"
---
case: K-5
regime: se-dv
plan: {"what\e": x}
---
case: K-6
regime: dk-hh
start: 2026-01-01
decisions:
  - {id: D-6, from: 2026-01-01, to: 2026-12-31, services: [{service: cleaning, every: 14d, minutes: 60}]}
@@ printf v.csv
case,visit,service,planned_start,planned_end,staff,status,reason\nK-6,"V\033[2J\n1",cleaning,2026-03-07T09:00,2026-03-07T10:00,H-1,delivered,\nK-6,V-2,cleaning,2026-03-09T09:00,2026-03-09T10:00,H-1,cancelled-client,"x\ny\302\205"\nK-6,V-3,cleaning,2026-03-10T09:00,2026-03-10T10:00,"H\0331",delivered,\n
@@ run
f=$(printf 'c\n19900517-1237.yaml\033[2J'); g=$(printf 'v\r.csv'); mv c.yaml "$f"; mv v.csv "$g"; export SOURCE_DATE_EPOCH=1795305600; { plan-validate -v -l error --today 2026-11-22 "$f" > pv; echo "exit $?"; grep -v dv.summary pv; for o in csv json; do deadline-watch --today 2026-11-22 -o $o "$f" 2>/dev/null | grep -e K-6 -e ^file; done; deadline-watch --uid-domain x.example --today 2026-11-22 -o ics "$f" 2>/dev/null | tr -d '\r' | grep -A4 SUMMARY:K-6; for o in text csv json; do visit-compliance -v -o $o -c "$f" "$g" 2>&1 | grep -v '^visit-compliance: c.n'; done; } > out 2> err; cat out err; cat out err | tr -d '\r\n' | LC_ALL=C tr -cd '\000-\037\177' | wc -c; LC_ALL=C grep -c "$(printf '\302[\200-\237]')" out err; echo done
@@ stdout
exit 2
c\n[redacted].yaml\x1b[2J:4: K-1: error: plan.elements: plan lacks 'when' (when it is done)
c\n[redacted].yaml\x1b[2J:4: K-1: error: plan.elements: plan lacks 'where' (where it is done)
c\n[redacted].yaml\x1b[2J:33: K-6: error: workenv.apv: no workplace assessment (APV); it was due 2026-02-01 (1 month after the start on 2026-01-01)
plan-validate: 4 case records were refused (see above); these findings leave them out
file,line,case,severity,rule,date,message
c\n[redacted].yaml\x1b[2J,33,K-6,error,workenv.apv,2026-02-01,"workplace assessment (APV) within 1 month of the start on 2026-01-01 was due 2026-02-01, 294 days ago"
c\n[redacted].yaml\x1b[2J,35,K-6,warning,decision.expiry,2026-12-31,"a new decision before decision D-6 ends (the client applies) is due 2026-12-31, in 39 days"
{"file":"c\n[redacted].yaml\u001b[2J","line":33,"case":"K-6","severity":"error","rule":"workenv.apv","date":"2026-02-01","message":"workplace assessment (APV) within 1 month of the start on 2026-01-01 was due 2026-02-01, 294 days ago"}
{"file":"c\n[redacted].yaml\u001b[2J","line":35,"case":"K-6","severity":"warning","rule":"decision.expiry","date":"2026-12-31","message":"a new decision before decision D-6 ends (the client applies) is due 2026-12-31, in 39 days"}
SUMMARY:K-6: workenv.apv due 2026-02-01
DESCRIPTION:error: workplace assessment (APV) within 1 month of the start o
 n 2026-01-01 was due 2026-02-01\, 294 days ago (as of 2026-11-22\; c\\n[re
 dacted].yaml\\x1b[2J:33)
CATEGORIES:error
--
SUMMARY:K-6: decision.expiry due 2026-12-31
DESCRIPTION:warning: a new decision before decision D-6 ends (the client ap
 plies) is due 2026-12-31\, in 39 days (as of 2026-11-22\; c\\n[redacted].y
 aml\\x1b[2J:35)
CATEGORIES:warning
visit-compliance: case records: 6 read, 2 used, 4 rejected
visit-compliance: v\r.csv:4: reason: unknown reason 'x\ny\u0085'
visit-compliance: v\r.csv:6: staff: not a usable id (too long, control characters, or shaped like a personal identity number)
visit-compliance: visits: 3 read, 1 used, 2 rejected
v\r.csv:2: K-6: warning: visit.window: visit 'V\x1b[2J\n1' (cleaning) 2026-03-07 09:00-10:00 is on Saturday; practical help comes on working days 08:00-17:00
visit-compliance: 2 visits of v\r.csv were refused (see above); these findings leave them out
visit-compliance: case records: 6 read, 2 used, 4 rejected
visit-compliance: v\r.csv:4: reason: unknown reason 'x\ny\u0085'
visit-compliance: v\r.csv:6: staff: not a usable id (too long, control characters, or shaped like a personal identity number)
visit-compliance: visits: 3 read, 1 used, 2 rejected
visit-compliance: 2 visits of v\r.csv were refused (see above); these findings leave them out
file,line,case,severity,rule,date,message
v\r.csv,2,K-6,warning,visit.window,2026-03-07,visit 'V\x1b[2J\n1' (cleaning) 2026-03-07 09:00-10:00 is on Saturday; practical help comes on working days 08:00-17:00
visit-compliance: case records: 6 read, 2 used, 4 rejected
visit-compliance: v\r.csv:4: reason: unknown reason 'x\ny\u0085'
visit-compliance: v\r.csv:6: staff: not a usable id (too long, control characters, or shaped like a personal identity number)
visit-compliance: visits: 3 read, 1 used, 2 rejected
visit-compliance: 2 visits of v\r.csv were refused (see above); these findings leave them out
{"file":"v\r.csv","line":2,"case":"K-6","severity":"warning","rule":"visit.window","date":"2026-03-07","message":"visit 'V\\x1b[2J\\n1' (cleaning) 2026-03-07 09:00-10:00 is on Saturday; practical help comes on working days 08:00-17:00"}
plan-validate: c\n[redacted].yaml\x1b[2J:17: case: control character in id 'K-2\x1b[2J'
plan-validate: c\n[redacted].yaml\x1b[2J:21: regime: unknown value 'se-dv\n'; did you mean 'se-dv'?
plan-validate: c\n[redacted].yaml\x1b[2J:25: start: invalid date '2026-01-01\x1b' (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY)
plan-validate: c\n[redacted].yaml\x1b[2J:29: unknown field 'what\x1b' in plan; did you mean 'what'?
plan-validate: case records: 6 read, 2 used, 4 rejected
0
out:0
err:0
done
