The tools speak the user's language, chosen as every GNU tool chooses it
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Swedish under sv_SE.UTF-8, Danish
under da_DK.UTF-8, English in the C locale.  Findings' text, headings,
--help, diagnostics and the complaints about options are translated, and
text reports use a decimal comma; rule ids, severities, the -a state words and CSV, JSON and
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
export SOURCE_DATE_EPOCH=1795305600; for l in C sv_SE.UTF-8 da_DK.UTF-8; do echo "== $l"; LC_ALL=$l deadline-watch --today 2026-11-22 c.yaml; LC_ALL=$l hours-check -s -c p.yaml s.csv | cut -c1-70; LC_ALL=$l deadline-watch --bogus 2>&1 | head -1; LC_ALL=$l deadline-watch --help | sed -n 7p; for o in csv json ics; do LC_ALL=$l deadline-watch -a --uid-domain unit.example -o $o --today 2026-11-22 c.yaml; done > machine.$l; for o in csv json; do LC_ALL=$l hours-check -s -o $o -c p.yaml s.csv; done >> machine.$l; done; cmp machine.C machine.sv_SE.UTF-8 && cmp machine.C machine.da_DK.UTF-8 && echo machine formats identical; env -u LC_ALL LANG=da_DK.UTF-8 LC_MESSAGES=sv_SE.UTF-8 deadline-watch --today 2026-11-22 c.yaml | head -1; env -u LC_ALL LANG=sv_SE.UTF-8 LANGUAGE=da:sv deadline-watch --today 2026-11-22 c.yaml | head -1
@@ stdout
== C
c.yaml:3: K-1: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-02 was due 2026-11-16, 6 days ago
c.yaml:4: K-1: warning: decision.expiry: a new decision before decision D-1 ends (the client or god man applies) is due 2026-12-31, in 39 days
c.yaml:10: K-2: warning: application.contact: first contact by the visiting officer (visitator) on the application received 2026-11-16 is due 2026-11-23, in 1 day
c.yaml:10: K-2: warning: application.decision: written decision on the application received 2026-11-16 is due 2026-12-07, in 15 days
case         period                   granted      used remaining  bil
K-3          2026-03-01..2026-08-31   1051.43      4.50   1046.93     
deadline-watch: unrecognized option '--bogus'
Reports the deadlines in the case records that are overdue (error) or
== sv_SE.UTF-8
c.yaml:3: K-1: error: plan.initial: genomförandeplan inom 14 dagar efter starten 2026-11-02 skulle ha gjorts senast 2026-11-16, för 6 dagar sedan
c.yaml:4: K-1: warning: decision.expiry: nytt beslut innan beslut D-1 upphör (brukaren eller god man ansöker) ska göras senast 2026-12-31, om 39 dagar
c.yaml:10: K-2: warning: application.contact: första kontakt från biståndshandläggaren (visitator) om ansökan som kom in 2026-11-16 ska göras senast 2026-11-23, om 1 dag
c.yaml:10: K-2: warning: application.decision: skriftligt beslut om ansökan som kom in 2026-11-16 ska göras senast 2026-12-07, om 15 dagar
ärende       period                  beviljat    använt      kvar   
K-3          2026-03-01..2026-08-31   1051,43      4,50   1046,93     
deadline-watch: okänd flagga '--bogus'
Rapporterar de tidsfrister i ärendeposterna som har passerats (error) eller
== da_DK.UTF-8
c.yaml:3: K-1: error: plan.initial: handleplan (genomförandeplan) senest 14 dage efter opstarten den 2026-11-02 havde frist 2026-11-16, for 6 dage siden
c.yaml:4: K-1: warning: decision.expiry: ny afgørelse inden udløbet af afgørelse D-1 (borgeren eller god man søger) har frist 2026-12-31, om 39 dage
c.yaml:10: K-2: warning: application.contact: første kontakt fra visitator om ansøgningen modtaget 2026-11-16 har frist 2026-11-23, om 1 dag
c.yaml:10: K-2: warning: application.decision: skriftlig afgørelse om ansøgningen modtaget 2026-11-16 har frist 2026-12-07, om 15 dage
sag          periode                 bevilget     brugt   tilbage  afr
K-3          2026-03-01..2026-08-31   1051,43      4,50   1046,93     
deadline-watch: ukendt tilvalg '--bogus'
Rapporterer de frister i sagsposterne, der er overskredet (error) eller
machine formats identical
c.yaml:3: K-1: error: plan.initial: genomförandeplan inom 14 dagar efter starten 2026-11-02 skulle ha gjorts senast 2026-11-16, för 6 dagar sedan
c.yaml:3: K-1: error: plan.initial: handleplan (genomförandeplan) senest 14 dage efter opstarten den 2026-11-02 havde frist 2026-11-16, for 6 dage siden
