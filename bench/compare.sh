#!/bin/sh
# make bench-compare: this tree's hours-check and visit-compliance against
# those of another revision (REV, default HEAD~1), built alike in a scratch
# directory, on the same generated files: instructions under callgrind
# (steady on a noisy machine) on a small file, then wall time and peak
# memory on the bench's large one, the two programs' runs interleaved,
# median of RUNS.
# Usage: compare.sh BINDIR BENCHDIR   (REV, SMALL, SHIFTS, RUNS: the rows
# of each file, shifts and visits alike)
set -eu
bindir=$(cd "$1" && pwd)
dir=$(cd "$2" && pwd)
rev=${REV:-HEAD~1}
small=${SMALL:-300000}
shifts=${SHIFTS:-5000000}
runs=${RUNS:-5}
old=$dir/rev

for tool in valgrind /usr/bin/time; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "bench: $tool is missing: run 'sh scripts/deps.sh bench'" >&2
		exit 1
	}
done
rm -rf "$old"
git worktree add -q --detach "$old/src" "$rev"
trap 'git worktree remove --force "$old/src"' EXIT INT TERM
make -s -C "$old/src" BUILD="$old/build" all >/dev/null

# the files: s (shifts) and v (visits) of n rows each, made once
files() {
	d=$dir/cmp-$1
	if [ ! -f "$d/s/shifts.csv" ]; then
		mkdir -p "$d/s" "$d/v"
		"$dir/gen-shifts" -n "$1" "$d/s" >/dev/null
		"$dir/gen-visits" -n "$1" "$d/v" >/dev/null
	fi
	echo "$d"
}

# instructions of one run of a program on a file
count() {
	(cd "$2" && CARETOOLS_SANDBOX=off valgrind --tool=callgrind \
	    --callgrind-out-file=/dev/null "$1" --today 2027-06-30 \
	    -c cases.yaml "$3" 2>&1 >/dev/null |
	    sed -n 's/.*Collected : //p')
}

d=$(files "$small")
printf '%s rows, instructions (callgrind)\n' "$small"
for t in hours-check:s:shifts.csv visit-compliance:v:visits.csv; do
	p=${t%%:*}; rest=${t#*:}; sub=${rest%%:*}; f=${rest#*:}
	a=$(count "$old/build/bin/$p" "$d/$sub" "$f")
	b=$(count "$bindir/$p" "$d/$sub" "$f")
	printf '  %-18s %s %14s  this tree %14s  %+.2f%%\n' "$p" "$rev" "$a" \
	    "$b" "$(echo "$a $b" | awk '{ print 100 * ($2 - $1) / $1 }')"
done

d=$(files "$shifts")
printf '%s rows, wall seconds and peak MB, median of %d interleaved runs\n' \
    "$shifts" "$runs"
for t in hours-check:s:shifts.csv visit-compliance:v:visits.csv; do
	p=${t%%:*}; rest=${t#*:}; sub=${rest%%:*}; f=${rest#*:}
	: > "$dir/cmp-times"
	i=0
	while [ $i -lt "$runs" ]; do
		for which in rev tree; do
			bin=$bindir
			[ $which = tree ] || bin=$old/build/bin
			(cd "$d/$sub" && /usr/bin/time -f "$which %e %M" \
			    -o "$dir/cmp-one" "$bin/$p" --today 2027-06-30 \
			    -c cases.yaml "$f" >/dev/null 2>&1) || true
			tail -n 1 "$dir/cmp-one" >> "$dir/cmp-times"
		done
		i=$((i + 1))
	done
	for which in rev tree; do
		grep "^$which " "$dir/cmp-times" | sort -k2 -n | awk -v p="$p" \
		    -v w="$which" '{ t[NR] = $2; m = $3 > m ? $3 : m }
		    END { printf "  %-18s %-9s %6.2f s %8.1f MB\n", p, w,
		    t[int((NR + 1) / 2)], m / 1024 }'
	done
done
