The same findings as text, CSV, JSON and iCalendar.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-01
decisions: [{id: "D,1", from: 2026-01-01, to: 2026-12-31}]
@@ run
export SOURCE_DATE_EPOCH=1795305600; for o in text csv json ics; do deadline-watch --uid-domain unit.example --today 2026-11-22 -o $o c.yaml; echo "exit $?"; done
@@ stdout
c.yaml:3: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
c.yaml:4: K-1: warning: decision.expiry: a new decision before decision D,1 ends (the client or god man applies) is due 2026-12-31, in 39 days
exit 1
file,line,case,severity,rule,date,message
c.yaml,3,K-1,error,plan.initial,2026-11-16,"implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago"
c.yaml,4,K-1,warning,decision.expiry,2026-12-31,"a new decision before decision D,1 ends (the client or god man applies) is due 2026-12-31, in 39 days"
exit 1
{"file":"c.yaml","line":3,"case":"K-1","severity":"error","rule":"plan.initial","date":"2026-11-16","message":"implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago"}
{"file":"c.yaml","line":4,"case":"K-1","severity":"warning","rule":"decision.expiry","date":"2026-12-31","message":"a new decision before decision D,1 ends (the client or god man applies) is due 2026-12-31, in 39 days"}
exit 1
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//caretools//deadline-watch 0.1.0//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:plan.initial-ifebifbdoailigin@unit.example
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261116
DTEND;VALUE=DATE:20261117
SUMMARY:K-1: plan.initial due 2026-11-16
DESCRIPTION:error: implementation plan (genomförandeplan) within 14 days o
 f the start on 2026-11-01 was due 2026-11-16\, 6 days ago (as of 2026-11-2
 2\; c.yaml:3)
CATEGORIES:error
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:decision.expiry-ijcfeiabfghojfnh@unit.example
DTSTAMP:20261122T000000Z
DTSTART;VALUE=DATE:20261231
DTEND;VALUE=DATE:20270101
SUMMARY:K-1: decision.expiry due 2026-12-31
DESCRIPTION:warning: a new decision before decision D\,1 ends (the client o
 r god man applies) is due 2026-12-31\, in 39 days (as of 2026-11-22\; c.ya
 ml:4)
CATEGORIES:warning
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
exit 1
