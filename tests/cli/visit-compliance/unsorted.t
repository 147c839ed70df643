Unsorted input gives the same findings as sorted input, the line numbers
aside: a replacement may come before the visit it replaces, and a
helper's first visit may come late in the file.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
client: {visually_impaired: true}
decisions: [{id: D-1, from: 2026-03-02, to: 2026-12-31, services: [{service: cleaning, every: 14d, minutes: 60}, {service: personal-care, minutes: 30}]}]
@@ file sorted.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,,,H-1,delivered,,,
K-1,V-2,personal-care,2026-03-03T08:00,2026-03-03T08:30,,,,missed-provider,,,
K-1,V-3,personal-care,2026-03-03T15:00,2026-03-03T15:30,,,H-1,delivered,,,V-2
K-1,V-4,cleaning,2026-03-16T09:00,2026-03-16T10:00,,,,missed-provider,,yes,
K-1,V-5,personal-care,2026-03-17T08:00,2026-03-17T08:30,2026-03-17T09:30,2026-03-17T10:00,H-2,delivered,,,
K-1,V-6,cleaning,2026-03-24T09:00,2026-03-24T10:00,,,H-3,delivered,,,V-4
K-1,V-7,personal-care,2026-03-25T08:00,2026-03-25T08:30,,,H-3,delivered,,,
K-1,V-8,cleaning,2026-04-20T09:00,2026-04-20T10:00,,,H-2,delivered,,,
@@ file shuffled.csv
case,visit,service,planned_start,planned_end,actual_start,actual_end,staff,status,reason,notified,replaces
K-1,V-7,personal-care,2026-03-25T08:00,2026-03-25T08:30,,,H-3,delivered,,,
K-1,V-3,personal-care,2026-03-03T15:00,2026-03-03T15:30,,,H-1,delivered,,,V-2
K-1,V-8,cleaning,2026-04-20T09:00,2026-04-20T10:00,,,H-2,delivered,,,
K-1,V-6,cleaning,2026-03-24T09:00,2026-03-24T10:00,,,H-3,delivered,,,V-4
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,,,H-1,delivered,,,
K-1,V-5,personal-care,2026-03-17T08:00,2026-03-17T08:30,2026-03-17T09:30,2026-03-17T10:00,H-2,delivered,,,
K-1,V-4,cleaning,2026-03-16T09:00,2026-03-16T10:00,,,,missed-provider,,yes,
K-1,V-2,personal-care,2026-03-03T08:00,2026-03-03T08:30,,,,missed-provider,,,
@@ run
visit-compliance -c c.yaml sorted.csv > a; echo "exit $?"; visit-compliance -c c.yaml shuffled.csv > b; echo "exit $?"; cut -d: -f3- a > a2; cut -d: -f3- b > b2; cmp a2 b2 && echo same; cat a
@@ stdout
exit 1
exit 1
same
sorted.csv:6: K-1: info: staff.introduced: 1 new helper with no earlier visit or introduction in 2026-03-09..2026-03-22: H-2 (2026-03-17)
c.yaml:5: K-1: error: visit.frequency: cleaning every 14 days under decision D-1: 22 days from the visit of 2026-03-02 to the visit of 2026-03-24
sorted.csv:6: K-1: warning: visit.moved: visit V-5 (personal-care) began 2026-03-17 09:30, 90 minutes after the agreed 2026-03-17 08:00, and the client was not phoned
sorted.csv:6: K-1: warning: visit.unknown-helper-notice: H-2 came to the visually impaired client for the first time, 2026-03-17 09:30, and the client was not phoned beforehand
sorted.csv:5: K-1: error: visit.replacement: cleaning visit V-4 of 2026-03-16, missed by the provider, was replaced 2026-03-24, after 2026-03-23 (5 working days)
sorted.csv:7: K-1: info: staff.introduced: 1 new helper with no earlier visit or introduction in 2026-03-23..2026-04-05: H-3 (2026-03-24)
sorted.csv:7: K-1: warning: visit.unknown-helper-notice: H-3 came to the visually impaired client for the first time, 2026-03-24 09:00, and the client was not phoned beforehand
c.yaml:5: K-1: error: visit.frequency: cleaning every 14 days under decision D-1: 27 days from the visit of 2026-03-24 to the visit of 2026-04-20
