A byte-order mark at the start of a file is skipped; one in the middle
belongs to the field it is in, here a case id of its own.
@@ printf cases.csv
\357\273\277case,regime,funder,start\nK-1,se-dv,,2026-01-01\n\357\273\277K-2,se-dv,,2026-01-01\n
@@ run
deadline-watch -v --today 2026-11-22 -a -o csv cases.csv | cut -d, -f3,5 | sort -u; echo "exit $?"
@@ stdout
K-1,dv.summary
K-1,plan.initial
case,rule
﻿K-2,dv.summary
﻿K-2,plan.initial
exit 0
@@ stderr
deadline-watch: case records: 2 read, 2 used, 0 rejected
