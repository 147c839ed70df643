visit.unknown-helper-notice and staff.introduced: a visually impaired
client is phoned before a helper they do not know comes.  Whoever comes in
the log's first 7 days is taken to be known (the case began before the
log); an introduction counts from its day.  Each client's new helpers are
listed per 14-day period as info, for every client.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
client: {visually_impaired: true}
decisions: [{id: D-1, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
events:
  - {type: introduction, staff: H-5, date: 2026-03-09}
---
case: K-2
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-2, from: 2026-01-01, to: 2026-12-31, services: [{service: personal-care, minutes: 30}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,personal-care,2026-03-02T08:00,2026-03-02T08:30,,,H-1,delivered,,,
K-1,V-2,personal-care,2026-03-05T08:00,2026-03-05T08:30,,,H-2,delivered,,,
K-1,V-3,personal-care,2026-03-10T08:00,2026-03-10T08:30,,,H-3,delivered,,,
K-1,V-4,personal-care,2026-03-11T08:00,2026-03-11T08:30,,,H-4,delivered,,yes,
K-1,V-5,personal-care,2026-03-12T08:00,2026-03-12T08:30,,,H-5,delivered,,,
K-1,V-6,personal-care,2026-03-13T08:00,2026-03-13T08:30,,,H-3,delivered,,,
K-1,V-7,personal-care,2026-03-25T08:00,2026-03-25T08:30,,,H-6,delivered,,,
K-2,V-8,personal-care,2026-03-02T08:00,2026-03-02T08:30,,,H-1,delivered,,,
K-2,V-9,personal-care,2026-03-12T08:00,2026-03-12T08:30,,,H-3,delivered,,,
@@ run
visit-compliance -c c.yaml v.csv; echo "exit $?"
@@ stdout
v.csv:4: K-1: info: staff.introduced: 2 new helpers with no earlier visit or introduction in 2026-03-09..2026-03-22: H-3 (2026-03-10), H-4 (2026-03-11)
v.csv:4: K-1: warning: visit.unknown-helper-notice: H-3 came to the visually impaired client for the first time, 2026-03-10 08:00, and the client was not phoned beforehand
v.csv:8: K-1: info: staff.introduced: 1 new helper with no earlier visit or introduction in 2026-03-23..2026-04-05: H-6 (2026-03-25)
v.csv:8: K-1: warning: visit.unknown-helper-notice: H-6 came to the visually impaired client for the first time, 2026-03-25 08:00, and the client was not phoned beforehand
v.csv:10: K-2: info: staff.introduced: 1 new helper with no earlier visit or introduction in 2026-03-09..2026-03-22: H-3 (2026-03-12)
exit 1
