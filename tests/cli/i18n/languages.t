The tools speak the user's language, chosen as every GNU tool chooses it
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Swedish under sv_SE.UTF-8, Danish
under da_DK.UTF-8, English in the C locale.  Findings' text, headings,
--help and diagnostics are translated, and text reports use a decimal
comma; rule ids, severities, the -a state words and CSV, JSON and
iCalendar output never change with the locale.
@@ file c.yaml
case: K-1
regime: se-dv
start: 2026-11-02
decisions: [{id: D-1, from: 2026-11-02, to: 2026-12-31}]
---
case: K-2
regime: dk-hh
decisions: [{id: D-2, from: 2026-11-01}]
events:
  - {type: application, received: 2026-11-16}
@@ file p.yaml
case: K-3
regime: se-pa
funder: fk
start: 2026-03-01
decisions: [{id: D-3, from: 2026-03-01, to: 2026-12-31, hours_per_week: 40}]
@@ file s.csv
case,staff,date,start,end,kind
K-3,S-1,2026-03-02,08:00,12:30,active
@@ run
export SOURCE_DATE_EPOCH=1795305600; for l in C sv_SE.UTF-8 da_DK.UTF-8; do echo "== $l"; LC_ALL=$l deadline-watch --today 2026-11-22 c.yaml; LC_ALL=$l hours-check -s -c p.yaml s.csv | cut -c1-70; LC_ALL=$l deadline-watch --bogus 2>&1 | head -1; LC_ALL=$l deadline-watch --help | sed -n 7p; for o in csv json ics; do LC_ALL=$l deadline-watch -a --uid-domain unit.example -o $o --today 2026-11-22 c.yaml; LC_ALL=$l hours-check -s -o $o -c p.yaml s.csv; done > machine.$l; done; cmp machine.C machine.sv_SE.UTF-8 && cmp machine.C machine.da_DK.UTF-8 && echo machine formats identical; LANG=da_DK.UTF-8 LC_MESSAGES=sv_SE.UTF-8 deadline-watch --today 2026-11-22 c.yaml | head -1
