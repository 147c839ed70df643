Case files put together with cat: those that begin with '---' are one
stream of cases, as they should be; without it, a second "case:" at the
top of the stream is the start of a new case (the comments right above
it go with it), read as such and said, since keys before it may belong
to it.
@@ file a.yaml
# unit north
case: K-1
regime: se-dv
start: 2026-11-01
@@ file b.yaml
# unit south
case: K-2
regime: se-dv
start: 2026-11-02
@@ file c.yaml
--- # unit east
case: K-3
regime: se-dv
start: 2026-11-03
@@ run
cat a.yaml b.yaml | deadline-watch -l error --today 2026-11-22; echo "exit $?"; cat a.yaml c.yaml | deadline-watch -l error --today 2026-11-22; echo "exit $?"
@@ stdout
<stdin>:4: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
<stdin>:8: K-2: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-02 was due 2026-11-16, 6 days ago
exit 2
<stdin>:4: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
<stdin>:8: K-3: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-03 was due 2026-11-17, 5 days ago
exit 1
@@ stderr
deadline-watch: <stdin>:6: a second case starts here without '---' (read as a case of its own; begin each case file with '---')
