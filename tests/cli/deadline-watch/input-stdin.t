Records from the standard input, by content or with -f; "-" names it.
@@ stdin
case,regime,start
K-1,se-dv,2026-11-01
@@ run
deadline-watch --today 2026-11-22; printf 'case: K-2\nregime: se-dv\nstart: 2026-11-02\n' | deadline-watch --today 2026-11-22 -f yaml -; printf 'case,regime,start\nK-3,se-dv,2026-11-03\n' | deadline-watch --today 2026-11-22 -f csv
@@ stdout
<stdin>:2: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
<stdin>:3: K-2: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-02 was due 2026-11-16, 6 days ago
<stdin>:2: K-3: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-03 was due 2026-11-17, 5 days ago
@@ status 1
