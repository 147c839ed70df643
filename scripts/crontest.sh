#!/bin/sh
# The README's crontab, run by a real cron daemon after `make install`, its
# mail caught by a local sendmail: opt-in (`make crontest`), as root on a
# Debian machine it may change (it installs cron, the tools under
# /usr/local and, if there is no MTA, a sendmail that keeps mail in a
# file).  Passes when the mail holds the deadlines and the job's status
# is 0 on a day with findings.
set -eu
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
	echo "crontest: run as root (it installs cron and the tools)" >&2
	exit 2
fi
command -v cron >/dev/null 2>&1 || {
	apt-get update -q &&
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q cron
}
make install >/dev/null
work=/tmp/caretools-crontest
rm -rf "$work" && mkdir -p "$work/cases"
cp testdata/demo/cases/*.yaml "$work/cases/"
mail="$work/mail"
token="crontest $$ $(date +%s)"	# this run's mail among the mailbox's
if [ ! -e /usr/sbin/sendmail ]; then
	cat > /usr/sbin/sendmail <<EOS
#!/bin/sh
cat >> $mail
EOS
	chmod 755 /usr/sbin/sendmail
	stub=1
else
	stub=0
fi
# The README's lines, every minute instead of 06:30 on weekdays, on the
# demo unit; the echo tells the job's status in the mail.
line=$(sed -n 's/^    30 6 \* \* 1-5  //p' README.md)
[ -n "$line" ] || { echo "crontest: no crontab line in README.md" >&2; exit 2; }
line=$(printf '%s' "$line" | sed "s|/srv/cases/\*.yaml|$work/cases/*.yaml|")
{
	sed -n 's/^    \(PATH=.*\)$/\1/p; s/^    \(MAILTO=\).*$/\1root/p' README.md
	printf '* * * * *  %s; echo "job status $? (%s)"\n' "$line" "$token"
} > "$work/crontab"
crontab "$work/crontab"
(pgrep -x cron >/dev/null || cron)
echo "crontest: waiting up to 130 s for cron's mail" >&2
i=0
# a stub's file, or the local mailboxes of a real MTA (root's mail may be
# aliased to another user)
got() { grep -l "$token" "$mail" /var/mail/* 2>/dev/null | head -1; }
while [ $i -lt 130 ] && [ -z "$(got)" ]; do
	sleep 1
	i=$((i + 1))
done
crontab -r
[ "$stub" -eq 1 ] && rm -f /usr/sbin/sendmail
box=$(got)
if [ -n "$box" ] && grep -q 'K-1001: error: plan.followup' "$box" &&
    grep -q "^job status 0 ($token)\$" "$box"; then
	echo "crontest: passed: cron mailed the deadlines, job status 0"
	exit 0
fi
echo "crontest: failed; mail in ${box:-no mailbox}" >&2
exit 1
