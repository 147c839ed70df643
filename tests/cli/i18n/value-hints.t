An unknown value in a case table is told in the user's language whole:
the nearest name, or the names there are, with no English words in a
Swedish or Danish message (the hint is translated with it).
@@ file c.csv
case,regime,start
K-9,se-pq,2026-01-01
K-8,qqqqqq,2026-01-01
@@ run
for l in C sv_SE.UTF-8 da_DK.UTF-8; do LC_ALL=$l plan-validate --today 2026-11-22 c.csv 2>&1 >/dev/null | head -n 2; done
@@ stdout
plan-validate: c.csv:2: regime: unknown value 'se-pq'; did you mean 'se-pa'?
plan-validate: c.csv:3: regime: unknown value 'qqqqqq' (expected se-pa, se-dv, dk-hh or dk-hp)
plan-validate: c.csv:2: regime: okänt värde 'se-pq'; menade du 'se-pa'?
plan-validate: c.csv:3: regime: okänt värde 'qqqqqq' (förväntade se-pa, se-dv, dk-hh eller dk-hp)
plan-validate: c.csv:2: regime: ukendt værdi 'se-pq'; mente du 'se-pa'?
plan-validate: c.csv:3: regime: ukendt værdi 'qqqqqq' (forventede se-pa, se-dv, dk-hh eller dk-hp)
