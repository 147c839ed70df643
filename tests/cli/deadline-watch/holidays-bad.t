@@ run
deadline-watch --holidays NO 2026; echo "exit $?"; deadline-watch --holidays SE 1899; echo "exit $?"; deadline-watch --holidays SE 2101; echo "exit $?"; deadline-watch --holidays SE 20x6; echo "exit $?"; deadline-watch --holidays SE 2026 2027; echo "exit $?"; deadline-watch --holidays DK --today 1900-06-01 | head -2
@@ stdout
exit 2
exit 2
exit 2
exit 2
exit 2
date,name
1900-01-01,Nytårsdag
@@ stderr
deadline-watch: unknown country 'NO' (SE or DK)
Try 'deadline-watch --help' for more information.
deadline-watch: year '1899' is not a year from 1900 to 2100
Try 'deadline-watch --help' for more information.
deadline-watch: year '2101' is not a year from 1900 to 2100
Try 'deadline-watch --help' for more information.
deadline-watch: year '20x6' is not a year from 1900 to 2100
Try 'deadline-watch --help' for more information.
deadline-watch: --holidays takes a country and a year
Try 'deadline-watch --help' for more information.
