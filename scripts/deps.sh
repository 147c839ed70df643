#!/bin/sh
# Checks the build's dependencies, and installs what is missing through
# apt-get when run as root.
# Usage: deps.sh check | install | ensure | bench | fuzz
#   check    list what is missing; exit 1 if anything is
#   install  apt-get update and install every package (root only)
#   ensure   check, and install when something is missing and we are root
#   bench    install what make bench compares with (root only)
#   fuzz     install clang, for make fuzz (root only)
set -u

PACKAGES="gcc libc6-dev make libcsv-dev libyaml-dev libsodium-dev libseccomp-dev check pkg-config tzdata python3-icalendar python3-vobject gettext locales mandoc groff-base"
BENCH_PACKAGES="datamash miller time valgrind"
FUZZ_PACKAGES="clang libclang-rt-14-dev"
CC=${CC:-cc}

missing() {
	m=""
	command -v "$CC" >/dev/null 2>&1 || m="$m gcc"
	command -v make >/dev/null 2>&1 || m="$m make"
	if ! command -v pkg-config >/dev/null 2>&1; then
		m="$m pkg-config libyaml-dev libsodium-dev libseccomp-dev check"
	else
		pkg-config --exists yaml-0.1 || m="$m libyaml-dev"
		pkg-config --exists libsodium || m="$m libsodium-dev"
		pkg-config --exists libseccomp || m="$m libseccomp-dev"
		pkg-config --exists check || m="$m check"
	fi
	if command -v "$CC" >/dev/null 2>&1; then
		if ! printf '#include <stdlib.h>\n' | "$CC" -E - >/dev/null 2>&1
		then
			m="$m libc6-dev"
		fi
		printf '#include <csv.h>\n' | "$CC" -E - >/dev/null 2>&1 ||
		    m="$m libcsv-dev"
	fi
	command -v msgfmt >/dev/null 2>&1 || m="$m gettext"
	# the tests run under Swedish and Danish locales
	for l in sv_SE da_DK; do
		locale -a 2>/dev/null | grep -qi "^$l\.utf-\?8$" ||
		    m="$m locales"
	done
	# the tests read -o ics with two independent iCalendar parsers
	/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 ||
	    m="$m python3-icalendar"
	/usr/bin/python3 -c 'import vobject' >/dev/null 2>&1 ||
	    m="$m python3-vobject"
	[ -f /usr/share/zoneinfo/Europe/Stockholm ] &&
	    [ -f /usr/share/zoneinfo/Europe/Copenhagen ] || m="$m tzdata"
	echo $m
}

install() {
	if [ "$(id -u)" -ne 0 ]; then
		echo "deps: installing needs root; run:" >&2
		echo "  sudo apt-get update && sudo apt-get install -y $PACKAGES" >&2
		exit 1
	fi
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "deps: no apt-get here; install the equivalents of: $PACKAGES" >&2
		exit 1
	fi
	apt-get update -q &&
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	    --no-install-recommends $PACKAGES || return 1
	# the Swedish and Danish locales the tests run under
	for l in sv_SE da_DK; do
		locale -a 2>/dev/null | grep -qi "^$l\.utf-\?8$" ||
		    localedef -i $l -f UTF-8 $l.UTF-8 || return 1
	done
}

case "${1:-check}" in
bench)
	PACKAGES="$PACKAGES $BENCH_PACKAGES"
	install
	;;
fuzz)
	PACKAGES="$PACKAGES $FUZZ_PACKAGES"
	install
	;;
check)
	m=$(missing)
	if [ -n "$m" ]; then
		echo "deps: missing:$m (run 'make deps')" >&2
		exit 1
	fi
	;;
install)
	install
	;;
ensure)
	m=$(missing)
	[ -z "$m" ] && exit 0
	echo "deps: missing:$m" >&2
	if [ "$(id -u)" -ne 0 ]; then
		echo "deps: as root, 'make deps' installs them; or run:" >&2
		echo "  sudo apt-get update && sudo apt-get install -y $PACKAGES" >&2
		exit 1
	fi
	install || exit 1
	m=$(missing)
	if [ -n "$m" ]; then
		echo "deps: still missing:$m" >&2
		exit 1
	fi
	;;
*)
	echo "usage: deps.sh check | install | ensure | bench | fuzz" >&2
	exit 2
	;;
esac
