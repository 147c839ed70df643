#!/bin/sh
# make bench-instr: instructions under callgrind (steady on a noisy
# machine, where wall time is not) of the floor (libcsv's default mode),
# the memchr splitter, datamash, hours-check (with every rule, and with
# the night rule off: bench/night-off.yaml) and visit-compliance on the
# generated files of SHIFTS shifts and VISITS visits (1 million each by
# default), with each one's ratio to the floor.  Miller, a Go program, is
# left out: its runtime under valgrind measures valgrind.
# Usage: instr.sh BINDIR BENCHDIR
set -eu
bindir=$(cd "$1" && pwd)
dir=$(cd "$2" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
shifts=${SHIFTS:-1000000}
visits=${VISITS:-1000000}
data=$dir/data-$shifts
vdata=$dir/visits-$visits

for tool in valgrind datamash; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "bench: $tool is missing: run 'sh scripts/deps.sh bench'" >&2
		exit 1
	}
done
if [ ! -f "$data/shifts.csv" ]; then
	mkdir -p "$data"
	"$dir/gen-shifts" -n "$shifts" "$data" > /dev/null
fi
if [ ! -f "$vdata/visits.csv" ]; then
	mkdir -p "$vdata"
	"$dir/gen-visits" -n "$visits" "$vdata" > /dev/null
fi

# the instructions of a command (sh -c, its children too)
count() {
	CARETOOLS_SANDBOX=off valgrind --tool=callgrind --trace-children=yes \
	    --callgrind-out-file=/dev/null sh -c "$1" 2>&1 > /dev/null |
	    awk '/Collected :/ { n += $NF } END { printf "%.0f\n", n }'
}

# a line per "name|command": instructions, per byte, ratio to the first
table() {
	bytes=$(wc -c < "$1")
	shift
	printf '%-34s %15s %9s %7s\n' program instructions "per byte" ratio
	floor=
	for spec; do
		n=$(count "${spec#*|}")
		[ -n "$floor" ] || floor=$n
		printf '%-34s %15s %9.1f %7.2f\n' "${spec%%|*}" "$n" \
		    "$(echo "$n $bytes" | awk '{ print $1 / $2 }')" \
		    "$(echo "$n $floor" | awk '{ print $1 / $2 }')"
	done
}

cd "$data"
printf '%d shifts, %s bytes: instructions under callgrind\n\n' \
    "$(($(wc -l < shifts.csv) - 1))" "$(wc -c < shifts.csv)"
table shifts.csv \
    "floor: libcsv default mode|$dir/csvparse < shifts.csv" \
    "memchr splitter|$dir/memsplit < shifts.csv" \
    "hours-check, all rules|$bindir/hours-check --today 2027-06-30 -c cases.yaml shifts.csv" \
    "hours-check, night: off|$bindir/hours-check --today 2027-06-30 -p $src/bench/night-off.yaml -c cases.yaml shifts.csv" \
    "datamash -g 1 sum|datamash -t, -H -g 1 sum 7 < shifts.csv"

cd "$vdata"
printf '\n%d visits, %s bytes\n\n' "$(($(wc -l < visits.csv) - 1))" \
    "$(wc -c < visits.csv)"
table visits.csv \
    "floor: libcsv default mode|$dir/csvparse < visits.csv" \
    "memchr splitter|$dir/memsplit < visits.csv" \
    "visit-compliance, all rules|$bindir/visit-compliance -c cases.yaml visits.csv" \
    "datamash -g 1 count|datamash -t, -H -g 1 count 1 < visits.csv"
