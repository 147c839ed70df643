A usage error in the user's language: getopt's complaint and the word
"usage" are translated, and the synopsis's later lines still line up
under its first, however long the word is in the language.
@@ run
for l in sv_SE.UTF-8 da_DK.UTF-8; do LC_ALL=$l deadline-watch -x; echo "exit $?"; done
@@ stdout
exit 2
exit 2
@@ stderr
deadline-watch: ogiltig flagga -- 'x'
användning: deadline-watch [-aqv] [-d delim] [-f format] [-l level] [-o format]
                           [-p profile] [-w duration] [--encoding enc]
                           [--pseudonymize] [--today date]
                           [--uid-domain domain] [file ...]
            deadline-watch --holidays country [year]
deadline-watch: ugyldigt tilvalg -- 'x'
brug: deadline-watch [-aqv] [-d delim] [-f format] [-l level] [-o format]
                     [-p profile] [-w duration] [--encoding enc]
                     [--pseudonymize] [--today date]
                     [--uid-domain domain] [file ...]
      deadline-watch --holidays country [year]
