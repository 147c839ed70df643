--pseudonymize and worktime.daily-rest's night warning, whose message
is made when it is written rather than when it is found: the staff ids in
it are pseudonymised all the same, in text, CSV and JSON, and under the
Swedish catalog; no real id is left.
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
K-1,S-4,2026-03-05T00:00,2026-03-05T01:00
@@ run
export CARETOOLS_KEY=correct-horse-battery-staple; for o in text csv json; do hours-check --pseudonymize --today 2026-11-22 -l warning -o $o -c c.yaml n.csv; echo "exit $?"; done; LC_ALL=sv_SE.UTF-8 hours-check --pseudonymize --today 2026-11-22 -l warning -c c.yaml n.csv; n=$(for o in text csv json; do hours-check --pseudonymize --today 2026-11-22 -o $o -c c.yaml n.csv; done | grep -c -e S-1 -e S-4 -e K-1); echo "real ids: $n"
@@ stdout
n.csv:2: C-scfkttgbbsmcnrcr: warning: worktime.daily-rest: S-fpgptppkrkgckpmf works between 00:00 and 05:00 on 2 nights in 2026-03, the first 2026-03-03: the daily rest should include that time unless the work requires otherwise (ATL)
n.csv:4: C-scfkttgbbsmcnrcr: warning: worktime.daily-rest: S-mzbhrnnddphqdkkg works between 00:00 and 05:00 on 2026-03-05: the daily rest should include that time unless the work requires otherwise (ATL)
exit 1
file,line,case,severity,rule,date,message
n.csv,2,C-scfkttgbbsmcnrcr,warning,worktime.daily-rest,2026-03-02,"S-fpgptppkrkgckpmf works between 00:00 and 05:00 on 2 nights in 2026-03, the first 2026-03-03: the daily rest should include that time unless the work requires otherwise (ATL)"
n.csv,4,C-scfkttgbbsmcnrcr,warning,worktime.daily-rest,2026-03-05,S-mzbhrnnddphqdkkg works between 00:00 and 05:00 on 2026-03-05: the daily rest should include that time unless the work requires otherwise (ATL)
exit 1
{"file":"n.csv","line":2,"case":"C-scfkttgbbsmcnrcr","severity":"warning","rule":"worktime.daily-rest","date":"2026-03-02","message":"S-fpgptppkrkgckpmf works between 00:00 and 05:00 on 2 nights in 2026-03, the first 2026-03-03: the daily rest should include that time unless the work requires otherwise (ATL)"}
{"file":"n.csv","line":4,"case":"C-scfkttgbbsmcnrcr","severity":"warning","rule":"worktime.daily-rest","date":"2026-03-05","message":"S-mzbhrnnddphqdkkg works between 00:00 and 05:00 on 2026-03-05: the daily rest should include that time unless the work requires otherwise (ATL)"}
exit 1
n.csv:2: C-scfkttgbbsmcnrcr: warning: worktime.daily-rest: S-fpgptppkrkgckpmf arbetar mellan 00:00 och 05:00 under 2 nätter i 2026-03, första gången 2026-03-03: dygnsvilan ska omfatta den tiden om inte arbetet kräver annat (ATL)
n.csv:4: C-scfkttgbbsmcnrcr: warning: worktime.daily-rest: S-mzbhrnnddphqdkkg arbetar mellan 00:00 och 05:00 den 2026-03-05: dygnsvilan ska omfatta den tiden om inte arbetet kräver annat (ATL)
real ids: 0
