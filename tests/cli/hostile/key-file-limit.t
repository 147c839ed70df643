The key's length limit is exact and the same in a file and in the
environment: a key of 1024 bytes is taken from either (a file's line end
is not part of it) and gives the same pseudonyms; one of 1025 bytes is
refused from either.
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
start: 2026-01-01
@@ run
head -c 1024 /dev/zero | tr '\0' k > k1024; head -c 1025 /dev/zero | tr '\0' k > k1025; cp k1024 k1024nl; echo >> k1024nl; chmod 600 k1024 k1025 k1024nl; for k in k1024 k1024nl k1025; do CARETOOLS_KEY_FILE=$k plan-validate --pseudonymize -o csv --today 2026-11-22 c.yaml > o; echo "exit $?"; cut -d, -f3 o | sort -u; done; for k in k1024 k1025; do CARETOOLS_KEY=$(cat $k) plan-validate --pseudonymize -o csv --today 2026-11-22 c.yaml > o; echo "exit $?"; cut -d, -f3 o | sort -u; done
@@ stdout
exit 1
C-nfppcsndppqrbrnb
case
exit 1
C-nfppcsndppqrbrnb
case
exit 2
exit 1
C-nfppcsndppqrbrnb
case
exit 2
@@ stderr
plan-validate: k1025: key longer than 1024 bytes
plan-validate: CARETOOLS_KEY: key longer than 1024 bytes
