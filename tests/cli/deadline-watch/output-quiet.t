With nothing to report: exit 0; the CSV header and an empty calendar are
printed unless -q, which prints nothing at all.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-01
plan: {established: 2026-11-05}
@@ run
export SOURCE_DATE_EPOCH=1795305600; for o in text csv json ics; do echo "-o $o:"; deadline-watch --uid-domain unit.example --today 2026-11-22 -o $o c.yaml; echo "exit $?"; deadline-watch --uid-domain unit.example -q --today 2026-11-22 -o $o c.yaml; echo "-q exit $?"; done
@@ stdout
-o text:
exit 0
-q exit 0
-o csv:
file,line,case,severity,rule,date,message
exit 0
-q exit 0
-o json:
exit 0
-q exit 0
-o ics:
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//caretools//deadline-watch 0.1.0//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VJOURNAL
UID:no-deadlines@unit.example
DTSTAMP:20261122T000000Z
SUMMARY:No deadlines
END:VJOURNAL
END:VCALENDAR
exit 0
-q exit 0
