CSV and JSON output; -q on a clean case prints nothing; a write error exits 2.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2026-01-31
decisions: [{id: D-1, from: 2026-01-01}]
@@ file ok.yaml
case: K-2
regime: dk-hh
start: 2026-01-31
workenv_assessed: 2026-02-02
decisions: [{id: D-1, from: 2026-01-01}]
@@ run
plan-validate --today 2026-11-22 -o csv c.yaml; plan-validate --today 2026-11-22 -o json c.yaml; plan-validate -q -o csv --today 2026-11-22 ok.yaml; echo "exit $?"; plan-validate --today 2026-11-22 c.yaml > /dev/full; echo "exit $?"
@@ stdout
file,line,case,severity,rule,date,message
c.yaml,3,K-1,error,workenv.apv,2026-02-28,no workplace assessment (APV); it was due 2026-02-28 (1 month after the start on 2026-01-31)
{"file":"c.yaml","line":3,"case":"K-1","severity":"error","rule":"workenv.apv","date":"2026-02-28","message":"no workplace assessment (APV); it was due 2026-02-28 (1 month after the start on 2026-01-31)"}
exit 0
exit 2
@@ stderr
plan-validate: write error: No space left on device
