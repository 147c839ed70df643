worktime.weekly-average by the Working Hours Act (10 b §): 48 hours a week
on average over a reference period of at most four months; the built-in
se-pa profile counts consecutive periods of four calendar months from
1 January (2026-01-01..2026-04-30, 120 days: at most 822.86 hours).  S-1
works 68 days of 12 hours (816 h), within it though some weeks have 84
hours; S-2 works one day more (828 h), over.  A night across 30 April is
split between the periods: S-3, with 816 hours in the period, has 2 hours of its
last night in the first period and 8 in the next, so no finding (10 in
the first would be 826 hours, over).  The 5.14 hours past the limit are
not billable (SFB 51 kap. 16 §): they come off S-2's latest shifts, in
March, whose billable hours are the 336 used less 5.14.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2025-01-01
decisions: [{id: D-1, from: 2025-01-01, to: 2027-12-31, hours_per_week: 168, double_staffing: true}]
@@ run
{ echo case,staff,start,end; for s in S-1 S-2 S-3; do n=68; [ $s = S-2 ] && n=69; i=0; while [ $i -lt $n ]; do d=$(date -u -d "2026-01-01 +$i days" +%F); echo "K-1,$s,${d}T08:00,${d}T20:00"; i=$((i + 1)); done; done; echo K-1,S-3,2026-04-30T22:00,2026-05-01T08:00; } > s.csv; hours-check --today 2026-11-22 -l error -c c.yaml s.csv | grep weekly-average; hours-check -s -o csv --today 2026-11-22 -c c.yaml s.csv | grep 2026-03-01
@@ stdout
s.csv:70: K-1: error: worktime.weekly-average: S-2 works 828.00 h in the reference period 2026-01-01..2026-04-30: 48.30 h a week on average (at most 48; ATL); 5.14 h of the latest shifts in it are not billable
K-1,2026-03-01,2026-03-31,744.00,336.00,408.00,330.86,
