@@ run
hours-check --help | head -4; hours-check --version; hours-check x.csv; echo "exit $?"; hours-check -c c.yaml -s --fk-month 2026-01; echo "exit $?"; hours-check -c c.yaml --fk-month 2026-1; echo "exit $?"
@@ stdout
usage: hours-check [-qsv] -c cases [-c cases ...] [-d delim] [-f format]
                   [-l level] [-o format] [-p profile] [--encoding enc]
                   [--fk-month month] [--fk-totals] [--per cut]
                   [--pseudonymize]
hours-check (caretools) 0.1.0
exit 2
exit 2
exit 2
@@ stderr
hours-check: no case records: give them with -c
Try 'hours-check --help' for more information.
hours-check: -s and --fk-month are two reports; ask for one
Try 'hours-check --help' for more information.
hours-check: invalid month '2026-1' for --fk-month (expected YYYY-MM)
Try 'hours-check --help' for more information.
