Usage errors: exit 2 with a pointer to --help.
@@ file c.yaml
case: K-1
regime: dk-hh
@@ run
visit-compliance --help | head -4; visit-compliance --version; visit-compliance x.csv; echo "exit $?"; visit-compliance -c c.yaml -s --continuity; echo "exit $?"; visit-compliance -c c.yaml --by-provider; echo "exit $?"; visit-compliance -c c.yaml -o ics < /dev/null; echo "exit $?"
@@ stdout
usage: visit-compliance [-qsv] -c cases [-c cases ...] [-d delim]
                        [-f format] [-l level] [-o format] [-p profile]
                        [--by-provider] [--continuity] [--encoding enc]
                        [--pseudonymize] [--today date] [visits ...]
visit-compliance (caretools) 0.1.0
exit 2
exit 2
exit 2
exit 2
@@ stderr
visit-compliance: no case records: give them with -c
Try 'visit-compliance --help' for more information.
visit-compliance: -s and --continuity are two reports; ask for one
Try 'visit-compliance --help' for more information.
visit-compliance: --by-provider goes with -s
Try 'visit-compliance --help' for more information.
visit-compliance: unknown output format 'ics' (text, csv or json)
Try 'visit-compliance --help' for more information.
