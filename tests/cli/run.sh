#!/bin/sh
# Black-box tests of the commands.  Usage: run.sh BINDIR DIR [NAME ...]
#
# Each DIR/*/*.t file is one case: a description, then sections that start
# with a line "@@ KIND [ARG]":
#   @@ file NAME     the lines that follow are the file NAME
#   @@ printf NAME   the next line is a printf(1) format that makes NAME
#                    (for CRLF, NUL bytes, no final newline)
#   @@ stdin         the lines that follow are standard input
#   @@ run           the next line is the command (sh -c), run in a fresh
#                    directory holding the files, with BINDIR first on PATH
#   @@ stdout        the exact expected standard output (absent: empty)
#   @@ stderr        the exact expected standard error (absent: empty)
#   @@ status N      the expected exit status (absent: 0)
# The test helpers (BINDIR/../tests/bin: no-seccomp) are on PATH too, and
# SRCDIR names the source tree (for its testdata), wherever BINDIR is.
# A memory cap (ulimit -v) is skipped when CARETOOLS_TEST_SANITIZED is set:
# AddressSanitizer reserves far more address space than any cap allows.
# A count that -v prints ("visits: N read, N used, N rejected") must add up.
set -u
unset LANGUAGE	# the tests choose their language with LC_ALL
bindir=$(cd "$1" && pwd)
helpers=$(cd "$1/../tests/bin" 2>/dev/null && pwd) || helpers=$bindir
dir=$2
srcdir=$(cd "$dir/../.." && pwd)
shift 2
pass=0
fail=0
tmproot=$(mktemp -d "${TMPDIR:-/tmp}/caretools-cli.XXXXXX")
trap 'rm -rf "$tmproot"' EXIT INT TERM

for t in "$dir"/*/*.t; do
	[ -f "$t" ] || continue
	name=${t#"$dir"/}
	name=${name%.t}
	if [ $# -gt 0 ]; then
		match=0
		for want in "$@"; do
			case $name in *"$want"*) match=1 ;; esac
		done
		[ $match -eq 1 ] || continue
	fi
	work="$tmproot/$(echo "$name" | tr / _)"
	mkdir -p "$work"
	awk -v dir="$work" '
	function close_out() { if (out != "") close(out); out = "" }
	/^@@ / {
		close_out()
		kind = $2
		if (kind == "file") out = dir "/" $3
		else if (kind == "stdin") out = dir "/.stdin"
		else if (kind == "stdout") out = dir "/.want-out"
		else if (kind == "stderr") out = dir "/.want-err"
		else if (kind == "run") out = dir "/.run"
		else if (kind == "printf") {
			out = dir "/.printf"
			printf "%s\n", $3 >> out
		} else if (kind == "status") {
			print $3 > (dir "/.want-status")
			close(dir "/.want-status")
		} else {
			print FILENAME ": unknown section " kind > "/dev/stderr"
			exit 1
		}
		if (out != "" && kind != "printf") printf "" > out
		next
	}
	out != "" { print >> out }
	END { close_out() }
	' "$t" || { fail=$((fail + 1)); continue; }
	(
		cd "$work" || exit 1
		if [ -f .printf ]; then
			while IFS= read -r f && IFS= read -r fmt; do
				# shellcheck disable=SC2059
				printf "$fmt" > "$f"
			done < .printf
		fi
		[ -f .stdin ] || : > .stdin
		[ -f .want-out ] || : > .want-out
		[ -f .want-err ] || : > .want-err
		[ -f .want-status ] || echo 0 > .want-status
		PATH="$bindir:$helpers:$PATH" SRCDIR=$srcdir LC_ALL=C TZ=UTC \
		    sh .run < .stdin \
		    > .got-out 2> .got-err
		echo $? > .got-status
	)
	ok=1
	for k in out err status; do
		if ! cmp -s "$work/.want-$k" "$work/.got-$k"; then
			[ $ok -eq 1 ] && echo "FAIL $name: $(cat "$work/.run")"
			ok=0
			case $k in
			status) echo "  exit status: expected $(cat "$work/.want-status"), got $(cat "$work/.got-status")"; continue ;;
			*) echo "  std$k (< expected, > got):" ;;
			esac
			diff "$work/.want-$k" "$work/.got-$k" | sed 's/^/    /'
		fi
	done
	# nothing lost: every count -v prints adds up
	bad=$(awk '/: (case records|shifts|visits): [0-9]+ read, [0-9]+ used, [0-9]+ rejected$/ {
		n = split($0, w, " ")
		if (w[n - 5] + 0 != w[n - 3] + w[n - 1]) print
	}' "$work/.got-err")
	if [ -n "$bad" ]; then
		[ $ok -eq 1 ] && echo "FAIL $name: $(cat "$work/.run")"
		ok=0
		echo "  read is not used + rejected: $bad"
	fi
	if [ $ok -eq 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
	fi
done
echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
