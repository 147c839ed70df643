Case records as CSV tables joined on case, given in any order.
@@ file events.csv
case,type,received,contacted,chosen,urgent
K-1,application,2026-11-16,,,
K-1,provider-choice,,,2026-11-20,true
@@ file cases.csv
case,regime,start
K-1,dk-hh,
K-2,se-pa,2026-11-30
@@ file decisions.csv
case,decision,from,to
K-1,V-1,2026-11-20,2027-01-31
@@ printf funders.csv
case,regime,funder\r\nK-3,se-pa,fk\r\n
@@ run
deadline-watch --today 2026-11-22 events.csv decisions.csv cases.csv funders.csv; echo "exit $?"
@@ stdout
events.csv:3: K-1: error: provider.start: start of urgent help within 1 day of choosing the provider on 2026-11-20 was due 2026-11-21, 1 day ago
events.csv:2: K-1: warning: application.contact: first contact by the visiting officer (visitator) on the application received 2026-11-16 is due 2026-11-23, in 1 day
events.csv:2: K-1: warning: application.decision: written decision on the application received 2026-11-16 is due 2026-12-07, in 15 days
decisions.csv:2: K-1: warning: decision.expiry: a new decision before decision V-1 ends (the client applies) is due 2027-01-31, in 70 days
deadline-watch: 1 case record was refused (see above); these findings leave it out
exit 2
@@ stderr
deadline-watch: cases.csv:3: case: missing required field 'funder' (fk or municipality) for a se-pa case
