A client's personal identity number never appears in any output, nor in
a message about the case; ids shaped like one are refused unprinted.
@@ file c.yaml
case: K-1
regime: se-dv
client: {id: "19121212-1212"}
start: 2026-11-01
---
case: 19121212-1212
regime: se-dv
---
case: K-2
regime: se-dv
client: {guardians: [121212-1212]}
---
case: K-3
regime: se-dv
client: {id: [19121212-1212]}
@@ run
export SOURCE_DATE_EPOCH=1795305600; for o in text csv json ics; do deadline-watch --uid-domain unit.example --today 2026-11-22 -o $o c.yaml; done 2>&1 | grep -c 1212; deadline-watch --uid-domain unit.example --today 2026-11-22 c.yaml
@@ stdout
0
c.yaml:4: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
deadline-watch: 3 case records were refused (see above); these findings leave them out
@@ stderr
deadline-watch: c.yaml:6: case: id looks like a personal identity number, which reports must not show; use a case or staff number
deadline-watch: c.yaml:11: guardians: id looks like a personal identity number, which reports must not show; use a case or staff number
deadline-watch: c.yaml:15: client id: expected a value, found a list
@@ status 2
