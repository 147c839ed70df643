An unknown option is a usage error: exit 2, usage on stderr.
@@ run
deadline-watch --bogus
@@ stderr
deadline-watch: unrecognized option '--bogus'
usage: deadline-watch [-aqv] [-d delim] [-f format] [-l level] [-o format]
                      [-p profile] [-w duration] [--encoding enc]
                      [--pseudonymize] [--today date]
                      [--uid-domain domain] [file ...]
       deadline-watch --holidays country [year]
@@ status 2
