--help prints the usage to standard output and exits 0.
@@ run
deadline-watch --help | head -4
@@ stdout
usage: deadline-watch [-aqv] [-d delim] [-f format] [-l level] [-o format]
                      [-p profile] [-w duration] [--encoding enc]
                      [--pseudonymize] [--today date]
                      [--uid-domain domain] [file ...]
