A directory of more case files than a process may have open: each is read
whole when it is opened, so all are checked, in name order.
@@ run
mkdir d; i=0; while [ $i -lt 1500 ]; do printf -- '---\ncase: K-%d\nregime: se-dv\nstart: 2026-11-01\n' $i > d/c$i.yaml; i=$((i+1)); done; (ulimit -n 64; deadline-watch -v --today 2026-11-22 d | sed -n '1p;$p')
@@ stdout
d/c0.yaml:4: K-0: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
d/c999.yaml:4: K-999: error: plan.initial: implementation plan (genomförandeplan) within 14 days of the start on 2026-11-01 was due 2026-11-16, 6 days ago
@@ stderr
deadline-watch: case records: 1500 read, 1500 used, 0 rejected
