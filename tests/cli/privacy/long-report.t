privacy.ids in a long report: at 4,096 findings or more the text is made,
and masked as the edge masks it, on two threads, then written past the
edge.  A timesheet named by a personnummer gives 6,000 findings in each
format: the name is masked in every one, nothing shaped like an identity
number is left, and one thread writes the same bytes.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-01-01
decisions:
  - {id: D-1, from: 2026-01-01, to: 2026-12-31, hours_per_week: 40}
@@ run
awk 'BEGIN { print "case,staff,date,start,end"; for (y = 2024; y < 2034; y++) for (m = 1; m <= 12; m++) for (d = 1; d <= 28; d++) printf "K-1,S-%d,%d-%02d-%02d,00:00,23:00\n", d % 3, y, m, d }' > 19121212-1212.csv; for o in text csv json; do hours-check --today 2026-11-22 -o $o -c c.yaml 19121212-1212.csv > out.$o; echo $? $(wc -l < out.$o) $(grep -c redacted out.$o); CARETOOLS_THREADS=1 hours-check --today 2026-11-22 -o $o -c c.yaml 19121212-1212.csv | cmp - out.$o && echo same; done; grep -cE '(^|[^0-9])([0-9]{6}|[0-9]{8})[-+][0-9]{4}([^0-9]|$)|(^|[^0-9])([0-9]{10}|[0-9]{12})([^0-9]|$)' out.text out.csv out.json || :
@@ stdout
1 6812 6791
same
1 6813 6791
same
1 6812 6791
same
out.text:0
out.csv:0
out.json:0
