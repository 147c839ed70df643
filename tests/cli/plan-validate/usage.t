@@ run
plan-validate --help | head -3; plan-validate --version; plan-validate -x; echo "exit $?"; plan-validate -o ics x.yaml; echo "exit $?"
@@ stdout
usage: plan-validate [-qsv] [-d delim] [-f format] [-l level] [-o format]
                     [-p profile] [--encoding enc] [--pseudonymize]
                     [--today date] [file ...]
plan-validate (caretools) 0.1.0
exit 2
exit 2
@@ stderr
plan-validate: invalid option -- 'x'
usage: plan-validate [-qsv] [-d delim] [-f format] [-l level] [-o format]
                     [-p profile] [--encoding enc] [--pseudonymize]
                     [--today date] [file ...]
plan-validate: unknown output format 'ics' (text, csv or json)
Try 'plan-validate --help' for more information.
