Usage errors never echo an argument as typed: a personal identity number
in any written form is masked (--today, -l, -o, -w, -f, --holidays and its
year, --uid-domain, -p, --fk-month, --per, unknown and misspelt long
options), and getopt's own complaints are the tools' (opterr is 0): shown
the same way, a control character escaped.  A profile's file name and a
misspelt parameter are masked in its messages, the suggestion kept; a
key file named after a number likewise.  A message is masked whole before
anything could cut it: a number at the 1024th byte of a long path is
masked, not left with its first digits showing.
@@ run
u() { "$@" > /dev/null 2> e; s=$?; grep -v '^usage\|^  \|^Try' e; echo "exit $s"; }; for a in "--today 19900517-1237" "-l 900517–1237" "-o 19900517+1237" "-w 9005171237" "--holidays 19900517-1237" "--19900517-1237" "--today=19900517‐1237" "--uid-domain 19900517-1237" "-p 19900517-1237" "--bogus=900517‑1237" "--holidays SE 19900517-1237" "--help=19900517-1237" "--p" "-f 900517­-1237" "-$(printf '\033')" "--today" "-l"; do u deadline-watch $a; done; u hours-check --fk-month 19900517-1237 -c x; u hours-check -s --per 9005171237 -c x; u visit-compliance --900517-1237 -c x; CARETOOLS_KEY_FILE=19900517-1237 u plan-validate --pseudonymize; p=$(printf 'p 900517\342\200\2231237.yaml'); printf 'profile: se-pa\nrules:\n  plan.followup: {intervall: 6m, "interval\302\255900517-1237": 1m}\n' > "$p"; u plan-validate -p "$p"; d=$(printf 'd%.0s/' $(seq 1 505)); plan-validate "${d}19900517-1237.yaml" 2>&1 | sed 's|\(d/\)\{9,\}|D/|'; plan-validate -p "${d}900517-1237.yaml" 2>&1 | sed 's|\(d/\)\{9,\}|D/|'
@@ stdout
deadline-watch: invalid date '[redacted]' for --today (expected YYYY-MM-DD)
exit 2
deadline-watch: unknown level '[redacted]' (info, warning or error)
exit 2
deadline-watch: unknown output format '[redacted]' (text, csv, json or ics)
exit 2
deadline-watch: invalid duration '[redacted]' for --within (such as 30d, 2w, 1m or 10wd)
exit 2
deadline-watch: unknown country '[redacted]' (SE or DK)
exit 2
deadline-watch: unrecognized option '--[redacted]'
exit 2
deadline-watch: invalid date '[redacted]' for --today (expected YYYY-MM-DD)
exit 2
deadline-watch: invalid domain '[redacted]' for --uid-domain (letters, digits, '.' and '-', not shaped like a personal identity number)
exit 2
deadline-watch: unknown profile '[redacted]' (built-in: se-pa, se-dv, dk-hh, dk-hp; or a file name)
exit 2
deadline-watch: unrecognized option '--bogus=[redacted]'
exit 2
deadline-watch: year '[redacted]' is not a year from 1900 to 2100
exit 2
deadline-watch: option '--help' doesn't allow an argument
exit 2
deadline-watch: option '--p' is ambiguous; possibilities: '--profile' '--pseudonymize'
exit 2
deadline-watch: unknown input format '[redacted]' (csv or yaml)
exit 2
deadline-watch: invalid option -- '\x1b'
exit 2
deadline-watch: option '--today' requires an argument
exit 2
deadline-watch: option requires an argument -- 'l'
exit 2
hours-check: invalid month '[redacted]' for --fk-month (expected YYYY-MM)
exit 2
hours-check: unknown cut '[redacted]' for --per (period or month)
exit 2
visit-compliance: unrecognized option '--[redacted]'
exit 2
plan-validate: [redacted]: No such file or directory
exit 2
plan-validate: p [redacted].yaml:3: plan.followup: unknown parameter 'intervall'; did you mean 'interval'?
plan-validate: p [redacted].yaml:3: plan.followup: unknown parameter 'interval­[redacted]'
exit 2
plan-validate: D/[redacted].yaml: No such file or directory
plan-validate: D/[redacted].yaml: No such file or directory
