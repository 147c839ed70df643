On a terminal (script(1) gives one), a run that lasts draws a one-line
display on the standard error, rewritten in place (CR ... ESC[K), and
clears it when the input ends; a pipe's size is not known, so the display
comes only once the run has lasted a second.  Findings and the exit
status are as without it; a quick run shows nothing.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-03-01
decisions: [{id: D-1, from: 2026-03-01, to: 2026-12-31, hours_per_week: 40}]
@@ file h.csv
case,staff,date,start,end,kind
@@ run
script -qc "sh -c '(cat h.csv; sleep 1.3; printf \"K-1,S-1,2026-03-02,08:00,12:00,active\n\") | hours-check --today 2026-11-22 -l error -c c.yaml; echo exit \$?'" /dev/null | tr '\r\033' 'RE' | sed 's/[0-9][0-9]*/N/g'; script -qc "hours-check --today 2026-11-22 -l error -c c.yaml h.csv; echo exit \$?" /dev/null | tr '\r\033' 'RE'
@@ stdout
Rhours-check: <stdin>: N B, N rows, N B/sE[KRE[Kexit NR
exit 0R
