#!/bin/sh
# The summary and the findings of hours-check never contradict each other,
# over the whole demo and a generated year of timesheets (issue 10):
#   - no case and period bills more than it used, nor more than its grant;
#   - a case and period that bills less than it used has a finding that
#     says why (hours over the grant, outside a decision, unpaid in
#     hospital, over the working-time average);
#   - a finding that says hours of a case are not billable (outside a
#     decision, over the grant) falls in a period that bills less;
#   - the months of -s --per month add up to their periods;
# and, on the generated timesheets, two threads write what one does.
# Usage: consistency.sh BUILD
set -eu
export LC_ALL=C		# awk reads 1.67 with a point, whatever the locale
build=$1
bin=$build/bin
tmp=$(mktemp -d "${TMPDIR:-/tmp}/caretools-consistency.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0

# check NAME ARGS...: the hours-check arguments before the timesheet
check() {
	name=$1
	shift
	"$bin/hours-check" -s -o csv "$@" > "$tmp/sum" 2> "$tmp/err" || true
	"$bin/hours-check" -s --per month -o csv "$@" > "$tmp/month" \
	    2>> "$tmp/err" || true
	"$bin/hours-check" -o csv -l info "$@" > "$tmp/find" 2>> "$tmp/err" ||
	    true
	if [ -s "$tmp/err" ]; then
		echo "FAIL $name: hours-check complained:"
		sed 's/^/    /' "$tmp/err" | head -5
		fail=1
		return
	fi
	rows=$(($(wc -l < "$tmp/sum") - 1))
	if [ "$rows" -lt 1 ]; then
		echo "FAIL $name: no summary rows"
		fail=1
		return
	fi
	if ! awk -F, -v name="$name" '
	# findings: file,line,case,severity,rule,date,message (message may
	# hold commas: the rest of the line)
	FILENAME ~ /find$/ && FNR > 1 {
		msg = $0
		for (i = 1; i <= 6; i++)
			sub(/^[^,]*,/, "", msg)
		why = ""
		if ($5 == "hours.granted" && msg ~ / h over$/)
			why = "over"
		else if ($5 == "hours.outside-decision")
			why = "outside"
		else if ($5 == "hours.hospital" && msg ~ /more than/)
			why = "hospital"
		else if ($5 == "worktime.weekly-average" &&
		    msg ~ /not billable/)
			anyavg = 1
		if (why != "") {
			nf++
			fcase[nf] = $3; fdate[nf] = $6; fwhy[nf] = why
		}
		next
	}
	# summary: case,period_start,period_end,granted,used,remaining,
	# billable,amount
	FILENAME ~ /sum$/ && FNR > 1 {
		n++
		c[n] = $1; s[n] = $2; e[n] = $3
		g[n] = $4; u[n] = $5; b[n] = $7
		next
	}
	# the months: case,period_start,period_end,...: each within a period
	FILENAME ~ /month$/ && FNR > 1 {
		m = ++nmon[$1]
		ms[$1, m] = $2; me[$1, m] = $3
		mu[$1, m] = $5; mb[$1, m] = $7
	}
	function bad(what) {
		if (++errs <= 10)
			printf "FAIL %s: %s\n", name, what
	}
	END {
		for (i = 1; i <= n; i++) {
			id = c[i] " " s[i] ".." e[i]
			if (b[i] > u[i] + 0.005)
				bad(id ": bills " b[i] " h of " u[i] " used")
			if (g[i] != "" && b[i] > g[i] + 0.005)
				bad(id ": bills " b[i] " h of " g[i] " granted")
			said = 0
			for (j = 1; j <= nf; j++)
				if (fcase[j] == c[i] && fdate[j] >= s[i] &&
				    fdate[j] <= e[i])
					said = 1
			if (b[i] < u[i] - 0.005 && !said && !anyavg)
				bad(id ": bills " b[i] " h of " u[i] \
				    " used, and no finding says why")
			if (said && b[i] >= u[i] - 0.005)
				bad(id ": a finding says hours are not " \
				    "billable, but all " u[i] " h are billed")
			su = sb = 0
			for (j = 1; j <= nmon[c[i]]; j++)
				if (ms[c[i], j] >= s[i] && me[c[i], j] <= e[i]) {
					su += mu[c[i], j]
					sb += mb[c[i], j]
				}
			if (su - u[i] > 0.1 || u[i] - su > 0.1 ||
			    sb - b[i] > 0.1 || b[i] - sb > 0.1)
				bad(id ": months add up to " su " used, " sb \
				    " billable, not " u[i] ", " b[i])
		}
		if (errs > 10)
			printf "FAIL %s: and %d more\n", name, errs - 10
		exit errs > 0
	}
	' "$tmp/find" "$tmp/sum" "$tmp/month"; then
		fail=1
		return
	fi
	echo "ok $name: $rows periods, $(($(wc -l < "$tmp/find") - 1)) findings"
}

demo=testdata/demo
set -- -p "$demo/unit-profile.yaml" --staff "$demo/roster.csv"
for f in "$demo"/cases/*.yaml "$demo"/tables/*.csv; do
	set -- "$@" -c "$f"
done
check demo --today 2026-11-22 "$@" "$demo/shifts.csv"

# same NAME ARGS...: hours-check writes the same findings (in CSV and in
# text, whose long reports the two threads make), summary and messages
# with the end of the stream shared by two threads as with one
# (CARETOOLS_THREADS=1); in the locale $lc when it is set
same() {
	name=$1
	shift
	for t in 2 1; do
		for o in "-o csv -l info" "-l info" "-s"; do
			CARETOOLS_THREADS=$t LC_ALL=${lc:-${LC_ALL:-}} \
			    "$bin/hours-check" $o "$@" 2>&1 || true
		done > "$tmp/threads$t"
	done
	if cmp -s "$tmp/threads2" "$tmp/threads1"; then
		echo "ok $name: two threads and one write the same" \
		    "$(wc -l < "$tmp/threads1") lines"
	else
		echo "FAIL $name: two threads write otherwise than one:"
		diff "$tmp/threads1" "$tmp/threads2" | head -5 | sed 's/^/    /'
		fail=1
	fi
}

"$build/bench/gen-shifts" -c 300 -n 100000 "$tmp" > /dev/null
check generated --today 2026-11-22 -c "$tmp/cases.yaml" "$tmp/shifts.csv"
same generated --today 2026-11-22 -c "$tmp/cases.yaml" "$tmp/shifts.csv"
# in Swedish: the messages translated and the decimal comma, made on
# either thread
if locale -a 2>/dev/null | grep -qi '^sv_SE\.utf-\{0,1\}8$'; then
	lc=sv_SE.UTF-8
	same generated-sv --today 2026-11-22 -c "$tmp/cases.yaml" \
	    "$tmp/shifts.csv"
	lc=
	grep -q 'arbetar mellan 00:00 och 05:00' "$tmp/threads1" || {
		echo "FAIL generated-sv: not in Swedish"
		fail=1
	}
fi

# a weekly average of at most 30 hours over months: 1,481 periods over it, whose
# latest hours are taken off billing, staff member by staff member
printf 'profile: low-average\nrules:\n  worktime.weekly-average:\n    hours: 30\n    period: 1m\n' > "$tmp/low.yaml"
check low-average --today 2026-11-22 -p "$tmp/low.yaml" -c "$tmp/cases.yaml" \
    "$tmp/shifts.csv"
same low-average --today 2026-11-22 -p "$tmp/low.yaml" -c "$tmp/cases.yaml" \
    "$tmp/shifts.csv"

# the same rows by staff member and date: each case's shifts scattered,
# grouped at the end rather than taken as they came
{ head -n 1 "$tmp/shifts.csv"; tail -n +2 "$tmp/shifts.csv" |
    LC_ALL=C sort -t, -k2,2 -k3,3 -k4,4; } > "$tmp/by-staff.csv"
same by-staff --today 2026-11-22 -c "$tmp/cases.yaml" "$tmp/by-staff.csv"

exit $fail
