#!/bin/sh
# Fills DIR with seed inputs for a fuzz target from the repository's own
# files: the external suites' cases, the demo data, and the inputs of the
# command tests.  Usage: seeds.sh TARGET DIR
set -eu
target=$1
dir=$2
mkdir -p "$dir"
n=0
put() {
	n=$((n + 1))
	cp "$1" "$dir/seed-$n"
}

# the files a .t case writes, by name pattern, after a prefix
from_t() {
	for t in tests/cli/*/*.t; do
		awk -v pat="$1" -v pre="${2:-}" \
		    -v out="$dir/t-$(echo "$t" | tr / _)" '
		/^@@ / {
			f = ($2 == "file" && $3 ~ pat)
			if (f) { k++; name = out "-" k; printf "%s", pre > name }
			next
		}
		f { print >> name }' "$t"
	done
}

case $target in
csv)
	for f in tests/suites/csv-spectrum/csvs/*.csv testdata/demo/*.csv \
	    testdata/demo/tables/*.csv; do
		[ -f "$f" ] && put "$f"
	done
	from_t '\.csv$'
	;;
yaml)
	for f in $(find tests/suites/yaml-test-suite/data -name in.yaml) \
	    testdata/demo/cases/*.yaml profiles/*.yaml; do
		put "$f"
	done
	from_t '\.ya?ml$'
	;;
cases)
	# the first byte chooses the format: even YAML, odd CSV
	for f in testdata/demo/cases/*.yaml; do
		n=$((n + 1)); { printf 'y'; cat "$f"; } > "$dir/seed-$n"
	done
	for f in testdata/demo/tables/*.csv; do
		n=$((n + 1)); { printf 'c'; cat "$f"; } > "$dir/seed-$n"
	done
	from_t '\.ya?ml$' y
	;;
csvscan)
	# the first byte the dialect and encoding, the second the block size
	for f in testdata/demo/*.csv testdata/demo/tables/*.csv \
	    testdata/exports/*.csv tests/suites/csv-spectrum/csvs/*.csv; do
		for p in '\000\030' '\001\007' '\002\200' '\003\377'; do
			n=$((n + 1))
			{ printf "$p"; cat "$f"; } > "$dir/seed-$n"
		done
	done
	;;
shifts)
	put testdata/demo/shifts.csv
	from_t '^s.*\.csv$'
	;;
visits)
	put testdata/demo/visits.csv
	from_t '^(v|sorted|shuffled).*\.csv$'
	;;
*)
	echo "seeds.sh: unknown target $target" >&2
	exit 2
	;;
esac
