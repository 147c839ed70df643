#!/bin/sh
# Makes the demo unit's timesheet and visit log as Excel saves them in
# Swedish and Danish, and its case and decision tables as a case system
# exports them, from testdata/demo.  Run from the top of the source tree:
#   sh testdata/exports/make.sh
# Each export holds the canonical file's rows in the same order, so the
# tools find exactly the same in it (tests/cli/*/exports.t).
set -eu
demo=testdata/demo
out=testdata/exports

# The rows of a canonical file under another header, the comma turned
# into the export's delimiter, each line ended with CR LF.
rows() {	# file header delimiter
	{ printf '%s\n' "$2"; tail -n +2 "$1"; } | tr ',' "$3" | sed 's/$/\r/'
}

# One export in three encodings, as Excel's three ways to save a sheet:
# "CSV UTF-8" (a byte order mark, semicolons), "CSV" (Windows-1252,
# semicolons) and "Unicode text" (UTF-16LE with a mark, tabs).
excel() {	# file header name
	{ printf '\357\273\277'; rows "$1" "$2" ';'; } > "$out/$3.csv"
	rows "$1" "$2" ';' | iconv -f UTF-8 -t WINDOWS-1252 > "$out/$3-1252.csv"
	{ printf '\377\376'; rows "$1" "$2" '\t' | iconv -f UTF-8 -t UTF-16LE; } \
	    > "$out/$3-utf16.txt"
}

excel $demo/shifts.csv 'Ärende,Personal,Datum,Start,Slut,Typ,Timmar' \
    tidrapport-sv
excel $demo/shifts.csv 'Sag,Medarbejder,Dato,Start,Slut,Type,Timer' \
    timeseddel-da
excel $demo/visits.csv 'Ärende,Besök,Insats,Planerad start,Planerat slut,Faktisk start,Faktiskt slut,Personal,Status,Orsak,Meddelad,Ersätter,Utförare' \
    besok-sv
excel $demo/visits.csv 'Sag,Besøg,Ydelse,Planlagt start,Planlagt slut,Faktisk start,Faktisk slut,Medarbejder,Status,Årsag,Varslet,Erstatter,Leverandør' \
    besoeg-da

# A case system's own column names, mapped by case-system.yaml.
rows $demo/tables/cases.csv 'Ärendenr,Lagrum,Betalare,Klient-id,Ställföreträdare,Synnedsättning,Insats från,Insats till,Schema klart,Arbetsmiljö klar,Avtal från,Avtal uppsagt' ';' \
    > "$out/case-system-cases.csv"
rows $demo/tables/decisions.csv 'Ärendenr,Beslutsnr,Beslutsdatum,Delgivet,Gäller fr.o.m.,Gäller t.o.m.,Tim/vecka,Omprövas,Tillfälligt,Dubbelbemannat' ';' \
    > "$out/case-system-decisions.csv"
