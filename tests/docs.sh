#!/bin/sh
# Documentation that must agree with the code.  Usage: docs.sh BINDIR
#  - each tool's usage (--help) is its man page's SYNOPSIS;
#  - every rule id in lib/rules.c is described in caretools(7), listed
#    in at least one built-in profile, and read in exactly one rule
#    family file of lib/rules/ (a rule no code reads does nothing);
#  - every column name of lib/columns.c (canonical, Swedish, Danish) is
#    in the tables of caretools-records(5);
#  - no source file in lib/ or cmd/ is longer than 900 lines, and no
#    function longer than 80.
set -u
bindir=$1
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# The SYNOPSIS of an mdoc page as plain text, one line per synopsis line.
synopsis() {
	awk '
	/^\.Sh SYNOPSIS/ { on = 1; next }
	/^\.Sh / { on = 0 }
	!on { next }
	/^\.Nm/ { if (line != "") print line; line = name; next }
	{
		s = $0
		sub(/^\./, "", s)
		n = split(s, w, " ")
		out = ""; open = 0
		for (i = 1; i <= n; i++) {
			if (w[i] == "Op") { out = out " ["; open++; continue }
			if (w[i] == "Fl") { out = out " -" w[++i]; continue }
			if (w[i] == "Ar") {
				if (i == n || w[i + 1] ~ /^(Op|Fl|Ar)$/)
					out = out " file ..."
				else
					out = out " " w[++i]
				continue
			}
			out = out " " w[i]
		}
		while (open-- > 0) out = out "]"
		gsub(/\[ /, "[", out)
		line = line out
	}
	END { if (line != "") print line }
	' name="$2" "$1"
}

for page in man/man1/*.1; do
	tool=$(basename "$page" .1)
	[ -x "$bindir/$tool" ] || continue
	want=$(synopsis "$page" "$tool" | tr -s ' ')
	got=$("$bindir/$tool" --help | awk '/^$/ { exit } { print }' |
	    sed 's/^usage: //; s/^ *//' | awk -v t="$tool" '
	    $1 == t { if (l != "") print l; l = $0; next } { l = l " " $0 }
	    END { print l }' | tr -s ' ')
	if [ "$want" = "$got" ]; then
		ok
	else
		bad "$tool --help differs from the SYNOPSIS of $page:"
		printf '  man:  %s\n' "$want"
		printf '  help: %s\n' "$got"
	fi
done

for id in $(sed -n 's/^	\[R_[A-Z_]*\] = { "\([a-z.-]*\)".*/\1/p' lib/rules.c); do
	if grep -q "^\.It Cm $id\$" man/man7/caretools.7; then
		ok
	else
		bad "rule $id is not described in man/man7/caretools.7"
	fi
	if grep -q "^  $id:" profiles/*.yaml; then
		ok
	else
		bad "rule $id is in no built-in profile"
	fi
done
for sym in $(sed -n 's/^	\[\(R_[A-Z_]*\)\] = .*/\1/p' lib/rules.c); do
	n=$(grep -lw "$sym" lib/rules/*.c | grep -v '^lib/rules/rule\.c$' |
	    wc -l)
	if [ "$n" -eq 1 ]; then
		ok
	else
		bad "rule $sym is read in $n rule family files of lib/rules" \
		    "(want 1):" $(grep -lw "$sym" lib/rules/*.c)
	fi
done

# every column name of lib/columns.c is in caretools-records(5)'s tables
rows=$(mktemp "${TMPDIR:-/tmp}/caretools-docs.XXXXXX")
tr '\n\t' '  ' < lib/columns.c | tr -s ' ' |
    grep -o '{ "[a-z_]*", "[^"]*", "[^"]*" }' |
    sed 's/^{ "\([^"]*\)", "\([^"]*\)", "\([^"]*\)" }$/.It Cm \1 Ta \2 Ta \3/;
	s/|/, /g' > "$rows"
n=0
while IFS= read -r row; do
	n=$((n + 1))
	grep -qxF "$row" man/man5/caretools-records.5 ||
	    bad "not in man/man5/caretools-records.5: $row"
done < "$rows"
rm -f "$rows"
if [ "$n" -gt 50 ]; then
	ok
else
	bad "only $n column names found in lib/columns.c"
fi

for f in lib/*.[ch] lib/*/*.[ch] cmd/*.c; do
	n=$(wc -l < "$f")
	if [ "$n" -le 900 ]; then
		ok
	else
		bad "$f has $n lines (at most 900)"
	fi
done
long=$(awk 'FNR == 1 { fn = "" }
	/^[a-z_][a-z_0-9]*\(/ && prev !~ /;$/ { fn = $0; start = FNR }
	/^}/ && fn != "" {
		if (FNR - start > 80)
			printf "%s:%d: %s (%d lines)\n", FILENAME, start, fn,
			    FNR - start
		fn = ""
	}
	{ prev = $0 }' lib/*.c lib/*/*.c cmd/*.c)
if [ -z "$long" ]; then
	ok
else
	bad "functions longer than 80 lines:"
	printf '%s\n' "$long"
fi
# every message of the sources is in the template, and translated, not
# fuzzy, in both catalogues
pot=$(mktemp "${TMPDIR:-/tmp}/caretools-pot.XXXXXX")
keys=$(sed -n '/^XGETTEXT_KEYS/,/[^\\]$/p' Makefile | sed 's/^XGETTEXT_KEYS = //; s/\\$//' |
    tr '\n\t' '  ')
# shellcheck disable=SC2086
if xgettext --from-code=UTF-8 --language=C $keys -o "$pot" \
    lib/*.c lib/*/*.c cmd/*.c 2>/dev/null; then
	for l in sv da; do
		if msgcmp "po/$l.po" "$pot" 2>/dev/null; then
			ok
		else
			bad "po/$l.po lacks translations of messages in the" \
			    "sources (make po, then translate):"
			msgcmp "po/$l.po" "$pot" 2>&1 | head -5
		fi
		st=$(msgfmt --statistics -o /dev/null "po/$l.po" 2>&1)
		case $st in
		*fuzzy*|*untranslated*) bad "po/$l.po: $st" ;;
		*) ok ;;
		esac
	done
else
	bad "xgettext failed on the sources"
fi
rm -f "$pot"
echo "docs: $pass passed, $fail failed"
[ $fail -eq 0 ]
