Bad option values are named; each run exits 2.
@@ run
for a in "-o xml" "-f xls" "-l fatal" "-w soon" "--today 2026-02-30" "--today tomorrow"; do deadline-watch $a x.yaml; echo "exit $?"; done
@@ stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
@@ stderr
deadline-watch: unknown output format 'xml' (text, csv, json or ics)
Try 'deadline-watch --help' for more information.
deadline-watch: unknown input format 'xls' (csv or yaml)
Try 'deadline-watch --help' for more information.
deadline-watch: unknown level 'fatal' (info, warning or error)
Try 'deadline-watch --help' for more information.
deadline-watch: invalid duration 'soon' for --within (such as 30d, 2w, 1m or 10wd)
Try 'deadline-watch --help' for more information.
deadline-watch: invalid date '2026-02-30' for --today (no such day or time)
Try 'deadline-watch --help' for more information.
deadline-watch: invalid date 'tomorrow' for --today (expected YYYY-MM-DD)
Try 'deadline-watch --help' for more information.
