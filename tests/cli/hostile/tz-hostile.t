TZ is never read: the zones the rules use come from the system's zoneinfo
files by name, and "today" without --today is the date in Sweden and
Denmark (Europe/Stockholm; Copenhagen keeps the same clock) by the system
clock.  TZ naming the standard input (where the records are), a FIFO no
one writes, a missing file or a device changes nothing and loses nothing:
every record is read, the shift across the spring change is 8 hours, not
9, and two zones 26 hours apart give the same report.
@@ file c.yaml
case: K-1
regime: se-pa
funder: municipality
start: 2026-01-01
decisions: [{id: D-1, from: 2026-01-01, hours_per_week: 40}]
@@ file s.csv
case,staff,date,start,end
K-1,S-1,2026-03-28,22:00,07:00
K-1,S-1,2026-03-29,06:00,14:00
@@ run
mkfifo fifo; for tz in /dev/stdin :/dev/stdin "$PWD/fifo" /nonexistent/zone /dev/zero; do TZ=$tz timeout 20 hours-check -v --today 2026-11-22 -s -c c.yaml < s.csv; echo "exit $?"; TZ=$tz timeout 20 plan-validate -v -l error < c.yaml > /dev/null; echo "exit $?"; done 2>&1 | sort | uniq -c; TZ=Pacific/Kiritimati deadline-watch -a c.yaml > far-east; TZ=Etc/GMT+12 deadline-watch -a c.yaml > far-west; cmp far-east far-west && echo same today
@@ stdout
      5 K-1          2026-03-01..2026-03-31    177.14     16.00    161.14     16.00               [##                  ]    9%
      5 case         period                   granted      used remaining  billable       amount  used of granted
      5 exit 0
      5 exit 1
      5 hours-check: case records: 1 read, 1 used, 0 rejected
      5 hours-check: shifts: 2 read, 2 used, 0 rejected
      5 plan-validate: case records: 1 read, 1 used, 0 rejected
same today
