-o ics is read by two independent iCalendar parsers (python3-icalendar and
python3-vobject, Debian packages scripts/deps.sh installs): every
deadline of -a is one event with DTSTAMP, UID and DTSTART, each UID is
unique, and a calendar with no deadline is still a calendar they read.
@@ file parse.py
import sys, icalendar, vobject
for name in sys.argv[1:]:
    data = open(name, 'rb').read()
    cal = icalendar.Calendar.from_ical(data)
    ev = [c for c in cal.walk('VEVENT')]
    for e in ev:
        assert e.get('DTSTAMP') and e.get('UID') and e.get('DTSTART'), e
    v = vobject.readOne(data.decode('utf-8'), validate=True)
    n = len(list(v.contents.get('vevent', [])))
    print(name, 'icalendar', len(ev), 'vobject', n, 'uids', len({str(e['UID']) for e in ev}))
@@ file c.yaml
---
case: K-1
regime: dk-hh
start: 2026-11-17
decisions: [{id: D-1, from: 2026-10-01, received: 2026-10-01}]
events:
  - {type: application, received: 2026-10-01, contacted: 2026-10-08, decided: 2026-10-23}
  - {type: application, received: 2026-11-02}
  - {type: provider-choice, chosen: 2026-11-02}
  - {type: provider-change, notice: 2026-11-10}
  - {type: complaint, received: 2026-10-01, answered: 2026-10-15}
  - {type: complaint, received: 2026-10-05, answered: 2026-10-20}
  - {type: complaint, received: 2026-10-10}
---
case: K-2
regime: dk-hh
start: 2026-12-10
decisions: [{id: D-2, from: 2026-11-20}]
events:
  - {type: provider-choice, chosen: 2026-11-20}
@@ file s.yaml
---
case: K-3
regime: se-pa
funder: fk
start: 2026-08-01
schedule_agreed: 2026-07-20
plan: {established: 2026-07-20, what: a, who: b, when: c, where: d, how: e, why: f, participated: true}
workenv_assessed: 2026-07-15
decisions: [{id: D-3, from: 2026-08-01, decided: 2026-07-10}]
events:
  - {type: fk-report, month: 2026-08, submitted: 2026-10-05}
  - {type: fk-report, month: 2026-09, submitted: 2026-11-06}
---
case: K-4
regime: se-dv
start: 2026-09-01
plan: {established: 2026-09-10, what: a, who: b, when: c, where: d, how: e, why: f, participated: true, support_persons: [S-1]}
decisions: [{id: D-4, from: 2026-09-01}]
events:
  - {type: summary, period: 2026-09, done: 2026-10-14}
  - {type: summary, period: 2026-10, done: 2026-11-18}
@@ file p.yaml
rules:
  complaint.response: {within: 14d}
@@ run
export SOURCE_DATE_EPOCH=1795305600; deadline-watch -a --uid-domain unit.example -o ics --today 2026-11-22 -p p.yaml c.yaml s.yaml > all.ics; deadline-watch --uid-domain unit.example -o ics --today 2026-11-22 -l error s.yaml > empty.ics; /usr/bin/python3 parse.py all.ics empty.ics; grep -c "^UID:[a-z.-]*-[a-p]\{16\}@unit.example" all.ics
@@ stdout
all.ics icalendar 23 vobject 23 uids 23
empty.ics icalendar 0 vobject 0 uids 0
23
