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

# The values as a Swedish or Danish spreadsheet writes them: decimal
# commas, FK's and Danish rosters' words for the kinds of shift, ja for yes;
# Danish dates day first (01-10-2026) and times with a dot (07.00); a visit's
# date and time apart by a space.  The kind is column 6 of a timesheet, the
# hours column 7; a visit's times are columns 4 to 7, notified column 11.
local_values() {	# lang kind(shifts|visits) delimiter
	awk -v lang="$1" -v what="$2" -F "$3" -v OFS="$3" '
	function day(d) {
		return lang == "da" ? substr(d, 9, 2) "-" substr(d, 6, 2) "-" \
		    substr(d, 1, 4) : d
	}
	function clock(t) { return lang == "da" ? substr(t, 1, 2) "." substr(t, 4, 2) : t }
	NR == 1 { print; next }
	what == "shifts" {
		k = $6
		if (lang == "sv")
			$6 = k == "active" ? "Tid" : k == "on-call" ? "Jour" : \
			    k == "standby" ? "Beredskap" : k == "introduction" ? \
			    "Introduktion" : k
		else
			$6 = k == "active" ? "aktiv" : k == "on-call" ? \
			    "sovevagt" : k == "standby" ? "rådighedsvagt" : k
		$3 = day($3); $4 = clock($4); $5 = clock($5)
		sub(/\./, ",", $7)
	}
	what == "visits" {
		for (i = 4; i <= 7; i++)
			if ($i != "")
				$i = day(substr($i, 1, 10)) " " clock(substr($i, 12, 5))
		if ($11 == "yes")
			$11 = "ja"
	}
	{ print }'
}

# One export in three encodings, as Excel's three ways to save a sheet:
# "CSV UTF-8" (a byte order mark, semicolons), "CSV" (Windows-1252,
# semicolons) and "Unicode text" (UTF-16LE with a mark, tabs).
excel() {	# file header name lang kind
	{ printf '\357\273\277'; rows "$1" "$2" ';' |
	    local_values "$4" "$5" ';'; } > "$out/$3.csv"
	rows "$1" "$2" ';' | local_values "$4" "$5" ';' |
	    iconv -f UTF-8 -t WINDOWS-1252 > "$out/$3-1252.csv"
	{ printf '\377\376'; rows "$1" "$2" '\t' |
	    local_values "$4" "$5" '\t' | iconv -f UTF-8 -t UTF-16LE; } \
	    > "$out/$3-utf16.txt"
}

excel $demo/shifts.csv 'Ärende,Personal,Datum,Start,Slut,Typ,Timmar' \
    tidrapport-sv sv shifts
excel $demo/shifts.csv 'Sag,Medarbejder,Dato,Start,Slut,Type,Timer' \
    timeseddel-da da shifts
excel $demo/visits.csv 'Ärende,Besök,Insats,Planerad start,Planerat slut,Faktisk start,Faktiskt slut,Personal,Status,Orsak,Meddelad,Ersätter,Utförare' \
    besok-sv sv visits
excel $demo/visits.csv 'Sag,Besøg,Ydelse,Planlagt start,Planlagt slut,Faktisk start,Faktisk slut,Medarbejder,Status,Årsag,Varslet,Erstatter,Leverandør' \
    besoeg-da da visits

# A case system's own column names, mapped by case-system.yaml.
rows $demo/tables/cases.csv 'Ärendenr,Lagrum,Betalare,Klient-id,Ställföreträdare,Synnedsättning,Insats från,Insats till,Schema klart,Arbetsmiljö klar,Avtal från,Avtal uppsagt' ';' \
    > "$out/case-system-cases.csv"
rows $demo/tables/decisions.csv 'Ärendenr,Beslutsnr,Beslutsdatum,Delgivet,Gäller fr.o.m.,Gäller t.o.m.,Tim/vecka,Omprövas,Tillfälligt,Dubbelbemannat' ';' \
    > "$out/case-system-decisions.csv"
