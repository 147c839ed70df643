#!/bin/sh
# make bench: hours-check against the floor (libcsv in its default mode
# parsing the same file and doing nothing else), a memchr splitter (the
# physical limit of a scan), datamash's bare grouped sum and Miller's
# stats1, on one generated file of shifts (hours-check twice: with every
# rule, and with the night rule off, bench/night-off.yaml); then
# visit-compliance against the same on one generated visit log.  Wall
# time is the median of RUNS runs, the programs' runs interleaved; memory
# is the peak resident size.
# Usage: run.sh BINDIR BENCHDIR
set -eu
bindir=$(cd "$1" && pwd)
dir=$(cd "$2" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
shifts=${SHIFTS:-5000000}
visits=${VISITS:-5000000}
runs=${RUNS:-5}
data=$dir/data-$shifts
vdata=$dir/visits-$visits

for tool in datamash mlr /usr/bin/time; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "bench: $tool is missing: run 'sh scripts/deps.sh bench'" >&2
		exit 1
	}
done
if [ ! -f "$data/shifts.csv" ]; then
	mkdir -p "$data"
	echo "bench: generating $shifts shifts in $data"
	"$dir/gen-shifts" -n "$shifts" "$data"
fi
if [ ! -f "$vdata/visits.csv" ]; then
	mkdir -p "$vdata"
	echo "bench: generating $visits visits in $vdata"
	"$dir/gen-visits" -n "$visits" "$vdata"
fi

# one run of a command: its wall time and peak memory (kB) appended to
# the file of its results; after a second's pause, so that it does not
# pay for the memory the one before (Miller's 1 GB) gives back
once() {
	sleep 1
	/usr/bin/time -f '%e %M' -o "$dir/one" sh -c "$1" > /dev/null 2>&1 ||
	    true
	tail -n 1 "$dir/one" >> "$2"
}

# the median time and the peak memory of a file of results
median() {
	sort -n "$1" | awk '{ t[NR] = $1; m[NR] = $2 }
	    END { printf "%s %s\n", t[int((NR + 1) / 2)], m[NR] }'
}

# prints the table of one benchmark on file $1: a line per "name|command",
# in MB/s of the file, the ratio of its time to the first's (the floor)
# and its peak memory.  The runs are interleaved, a round of every
# command at a time, so that a slow spell of the machine falls on all.
table() {
	mb=$(($(wc -c < "$1") / 1000000))
	shift
	r=0
	k=0
	for spec; do
		: > "$dir/times.$k"
		k=$((k + 1))
	done
	while [ $r -lt "$runs" ]; do
		k=0
		for spec; do
			once "${spec#*|}" "$dir/times.$k"
			k=$((k + 1))
		done
		r=$((r + 1))
	done
	printf '%-34s %8s %8s %7s %9s\n' program seconds "MB/s" ratio \
	    "peak MB"
	floor=
	k=0
	for spec; do
		name=${spec%%|*}
		set -- $(median "$dir/times.$k")
		rm -f "$dir/times.$k"
		k=$((k + 1))
		[ -n "$floor" ] || floor=$1
		printf '%-34s %8.2f %8.0f %7.2f %9.1f\n' "$name" "$1" \
		    "$(echo "$mb $1" | awk '{ print ($2 > 0 ? $1 / $2 : 0) }')" \
		    "$(echo "$1 $floor" | awk '{ print $1 / $2 }')" \
		    "$(echo "$2" | awk '{ print $1 / 1024 }')"
	done
}

cd "$data"
printf '%d shifts, %s MB; median of %d interleaved runs on %s (%s cores)\n\n' \
    "$(($(wc -l < shifts.csv) - 1))" \
    "$(($(wc -c < shifts.csv) / 1000000))" "$runs" \
    "$(uname -m)" "$(getconf _NPROCESSORS_ONLN)"
table shifts.csv \
    "floor: libcsv default mode|$dir/csvparse < shifts.csv" \
    "memchr splitter|$dir/memsplit < shifts.csv" \
    "libcsv, the readers' mode|$dir/csvparse -k < shifts.csv" \
    "hours-check, all rules|$bindir/hours-check --today 2027-06-30 -c cases.yaml shifts.csv" \
    "hours-check, night: off|$bindir/hours-check --today 2027-06-30 -p $src/bench/night-off.yaml -c cases.yaml shifts.csv" \
    "datamash -g 1 sum|datamash -t, -H -g 1 sum 7 < shifts.csv" \
    "Miller stats1|mlr --icsv --ocsv stats1 -a sum -f hours -g case shifts.csv"

cd "$vdata"
printf '\n%d visits, %s MB; median of %d interleaved runs\n\n' \
    "$(($(wc -l < visits.csv) - 1))" \
    "$(($(wc -c < visits.csv) / 1000000))" "$runs"
table visits.csv \
    "floor: libcsv default mode|$dir/csvparse < visits.csv" \
    "memchr splitter|$dir/memsplit < visits.csv" \
    "caretools reader, parse only|$dir/readparse < visits.csv" \
    "visit-compliance, all rules|$bindir/visit-compliance -c cases.yaml visits.csv" \
    "datamash -g 1 count|datamash -t, -H -g 1 count 1 < visits.csv" \
    "Miller count|mlr --icsv --ocsv count -g case visits.csv"
