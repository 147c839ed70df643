visit-compliance -s writes the share of the planned minutes given with a
decimal comma in a Swedish or Danish text report, as every other number
of a text report, and with a point in CSV, which never changes with the
locale.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, services: [{service: cleaning, every: 14d, minutes: 60}]}]
@@ file v.csv
case,visit,service,planned_start,planned_end,staff,status,actual_start,actual_end
K-1,V-1,cleaning,2026-03-02T09:00,2026-03-02T10:00,H-1,delivered,2026-03-02T09:00,2026-03-02T09:40
@@ run
for l in C sv_SE.UTF-8 da_DK.UTF-8; do LC_ALL=$l visit-compliance -s -c c.yaml v.csv | tail -n 1; LC_ALL=$l visit-compliance -s -o csv -c c.yaml v.csv | tail -n 1; done
@@ stdout
total           1         1       0       0        60        40    66.7%
K-1,1,1,0,0,60,40,66.7
totalt          1         1       0       0        60        40    66,7%
K-1,1,1,0,0,60,40,66.7
i alt           1         1       0       0        60        40    66,7%
K-1,1,1,0,0,60,40,66.7
