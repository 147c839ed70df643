One helper with 200,000 visits to one client, eight a day for 68 years:
linear.  The CPU limit only a superlinear run would reach.
@@ file c.yaml
case: K-1
regime: dk-hh
start: 2000-01-01
decisions: [{id: D-1, from: 2000-01-01, services: [{service: personal-care, minutes: 30}]}]
@@ run
awk 'function ymd(z,  era, doe, yoe, y, doy, mp, d, m) { z += 719468; era = int(z / 146097); doe = z - era * 146097; yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365); y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9; return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d) } BEGIN { print "case,visit,service,planned_start,planned_end,staff,status"; for (i = 0; i < 200000; i++) { d = ymd(10957 + int(i / 8)); h = 6 + (i % 8) * 2; printf "K-1,V-%d,personal-care,%sT%02d:00,%sT%02d:30,H-1,delivered\n", i, d, h, d, h } }' > v.csv; (ulimit -t 20; visit-compliance -v -s -o csv -c c.yaml v.csv | tail -1; echo "exit $?")
@@ stdout
K-1,200000,200000,0,0,6000000,6000000,100.0
exit 0
@@ stderr
visit-compliance: case records: 1 read, 1 used, 0 rejected
visit-compliance: visits: 200000 read, 200000 used, 0 rejected
