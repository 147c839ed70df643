Sweden's public holidays and the days treated as such, by date.
@@ run
deadline-watch --holidays SE 2026
@@ stdout
date,name
2026-01-01,Nyårsdagen
2026-01-06,Trettondedag jul
2026-04-03,Långfredagen
2026-04-05,Påskdagen
2026-04-06,Annandag påsk
2026-05-01,Första maj
2026-05-14,Kristi himmelsfärdsdag
2026-05-24,Pingstdagen
2026-06-06,Sveriges nationaldag
2026-06-19,Midsommarafton
2026-06-20,Midsommardagen
2026-10-31,Alla helgons dag
2026-12-24,Julafton
2026-12-25,Juldagen
2026-12-26,Annandag jul
2026-12-31,Nyårsafton
