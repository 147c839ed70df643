A log of 4 MB or more is read on two threads: the helper reads its
second half ahead, and stops at the first line that is not a plain
shift (a bad time, an unknown case, a quote, a byte outside ASCII).
Whatever the file holds there, both threads write what one does, and
every message and finding keeps its line: a blank line and a CRLF row
in the part read ahead, a staff id first seen there, stated hours not
in hundredths; a quoted note of shift-like lines over the middle,
which the helper reads as rows and the reader then drops; a first
half of short rows that fills the room left for it; CRLF throughout;
and the log on standard input.
@@ file gen.awk
BEGIN {
	split("31 28 31 30 31 30 31 31 30 31 30 31", mdays, " ")
	print "case,staff,date,start,end,kind,hours,note"
	m = 1; d = 1; n = 0
	split("06:00 14:00 22:00", from, " ")
	split("14:00 22:00 06:00", to, " ")
	for (i = 0; i < 100000; i++) {
		if (i > 0 && i % 300 == 0 && ++d > mdays[m]) { d = 1; m++ }
		slot = int(i / 100) % 3 + 1
		c = i % 100
		date = sprintf("2026-%02d-%02d", m, d)
		note = !short ? "ok" : i < 45000 ? "" : "a note long enough to make these rows twice as long as those"
		row = sprintf("K-%d,S-%d,%s,%s,%s,active,8.00,%s", c, c * 3 + slot, date, from[slot], to[slot], note)
		if (inject && i == 60000) row = sprintf("K-%d,S-%d,%s,25:00,%s,active,8.00,x", c, c * 3 + slot, date, to[slot])
		if (inject && i == 60010) row = sprintf("K-X,S-%d,%s,%s,%s,active,8.00,x", c * 3 + slot, date, from[slot], to[slot])
		if (inject && i == 50000) print ""
		if (inject && i == 50010) row = row "\r"
		if (inject && (i == 51000 || i == 55000)) sub(/,S-[0-9]+,/, ",S-NEW,", row)
		if (inject && i == 52000) sub(/,8[.]00,/, ",7.5,", row)
		if (inject && i == 53000) sub(/,8[.]00,/, ",8,", row)
		if (inject && i == 56000) sub(/,active,/, ",on-call,", row)
		if (inject && i == 70000) row = sprintf("K-%d,S-%d,%s,%s,%s,active,8.00,\"a,b\"", c, c * 3 + slot, date, from[slot], to[slot])
		if (inject && i == 70005) row = sprintf("K-%d,S-%d,%s,%s,%s,active,8.00", c, c * 3 + slot, date, from[slot], to[slot])
		if (inject && i == 80000) row = sprintf("K-%d,S-%d,%s,%s,%s,active,8.00,Ö", c, c * 3 + slot, date, from[slot], to[slot])
		if (span && i == 36000) sub(/ok$/, "\"", row)
		if (span && i == 52000) print "\""
		print row
	}
}
@@ file p.yaml
profile: export
columns:
  timesheet:
    note: null
@@ file t.sh
awk 'BEGIN { for (c = 0; c < 100; c++) printf "---\ncase: K-%d\nregime: se-pa\nfunder: municipality\nstart: 2025-01-01\ndecisions: [{id: D-%d, from: 2025-01-01, hours_per_week: 168}]\n", c, c }' > c.yaml
awk -v inject=1 -f gen.awk > s.csv
awk -v span=1 -f gen.awk > span.csv
awk -v short=1 -f gen.awk > short.csv
sed 's/$/\r/' s.csv > crlf.csv
run() { hours-check --today 2027-01-31 -p p.yaml -o csv -c c.yaml "$@"; }
for f in s span short crlf; do
	run $f.csv > $f.two 2> $f.two-err
	echo "$f: status $?"
	CARETOOLS_THREADS=1 run $f.csv > $f.one 2> $f.one-err
	cmp -s $f.one $f.two && cmp -s $f.one-err $f.two-err &&
	    echo "$f: one thread writes the same $(wc -l < $f.two) lines"
done
run - < s.csv > in.two 2> in.two-err
CARETOOLS_THREADS=1 run - < s.csv > in.one 2> in.one-err
cmp -s in.one in.two && cmp -s in.one-err in.two-err &&
    echo "stdin: one thread writes the same $(wc -l < in.two) lines"
cat s.two-err
grep -E '^s\.csv,5[0-9]{4},' s.two | grep -v 'rest,'
@@ run
sh t.sh
@@ stdout
s: status 2
s: one thread writes the same 16199 lines
span: status 1
span: one thread writes the same 13302 lines
short: status 1
short: one thread writes the same 16201 lines
crlf: status 2
crlf: one thread writes the same 16199 lines
stdin: one thread writes the same 16199 lines
hours-check: s.csv:60003: start: invalid time '25:00' (no such day or time)
hours-check: s.csv:60013: unknown case 'K-X' (no case record given with -c)
hours-check: s.csv:70008: 7 fields, the header has 8
hours-check: 3 shifts of s.csv were refused (see above); these findings leave them out
s.csv,51003,K-0,warning,staff.introduced,2026-06-20,"S-NEW's first shift with the client, 2026-06-20 06:00, had no introduction and no one who knows the client alongside"
s.csv,52003,K-0,error,billing.dst,2026-06-23,"shift 2026-06-23 14:00-22:00 is 8.00 h of elapsed time in Europe/Stockholm, not the 7.50 h stated"
