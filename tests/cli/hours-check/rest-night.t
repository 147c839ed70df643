worktime.daily-rest, ATL 13 §: the daily rest includes 00:00-05:00, so work
in that time is a warning, once a month with the nights worked (S-1's two
nights; S-4's two shifts in one night are one night),
unless the profile sets night: off for work that needs it, or the staff
member works under an agreement (S-3, pan-j in the roster; everyone, with
worktime: pan-j in the profile).  19:00-23:59 and 05:00-09:00 are outside
the night (S-2).  An unknown name of working-time rules in a profile or a
roster is an error with its file and line; the roster's Swedish header
Avtal is its worktime column.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, to: 2027-12-31, hours_per_week: 168, double_staffing: true}]
@@ file n.csv
case,staff,start,end
K-1,S-1,2026-03-02T22:00,2026-03-03T07:00
K-1,S-1,2026-03-03T22:00,2026-03-04T07:00
K-1,S-2,2026-03-02T19:00,2026-03-02T23:59
K-1,S-2,2026-03-03T05:00,2026-03-03T09:00
K-1,S-3,2026-03-02T22:00,2026-03-03T07:00
K-1,S-4,2026-03-05T00:00,2026-03-05T01:00
K-1,S-4,2026-03-05T03:00,2026-03-05T04:00
@@ file nr.csv
staff,qualified,worktime
S-3,yes,pan-j
@@ file off.yaml
regime: se-pa
rules:
  worktime.daily-rest: {night: off}
@@ file pan.yaml
worktime: pan-j
@@ file bad.yaml
worktime: pan
@@ file badr.csv
staff,qualified,Avtal
S-3,ja,PAN
S-3,ja,vf-pa
@@ run
for p in "" "-p off.yaml" "-p pan.yaml"; do hours-check --today 2026-11-22 -l warning --staff nr.csv $p -c c.yaml n.csv > out; echo "exit $?"; grep -v staff.introduced out; done; hours-check -p bad.yaml -c c.yaml n.csv; echo "exit $?"; hours-check --today 2026-11-22 -l warning --staff badr.csv -c c.yaml n.csv > out; echo "exit $?"; grep -v staff.introduced out
@@ stdout
exit 1
n.csv:2: K-1: warning: worktime.daily-rest: S-1 works between 00:00 and 05:00 on 2 nights in 2026-03, the first 2026-03-03: the daily rest should include that time unless the work requires otherwise (ATL)
n.csv:7: K-1: warning: worktime.daily-rest: S-4 works between 00:00 and 05:00 on 2026-03-05: the daily rest should include that time unless the work requires otherwise (ATL)
exit 0
exit 0
exit 2
exit 2
n.csv:2: K-1: warning: worktime.daily-rest: S-1 works between 00:00 and 05:00 on 2 nights in 2026-03, the first 2026-03-03: the daily rest should include that time unless the work requires otherwise (ATL)
n.csv:7: K-1: warning: worktime.daily-rest: S-4 works between 00:00 and 05:00 on 2026-03-05: the daily rest should include that time unless the work requires otherwise (ATL)
@@ stderr
hours-check: bad.yaml:1: worktime: unknown working-time rules 'pan' (expected atl, household, pan-j or vf-pa)
hours-check: badr.csv:2: worktime: expected atl, household, pan-j or vf-pa, found 'PAN'
