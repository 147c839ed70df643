Profile values within sense: every parameter has a range
(caretools-profiles(5)) and a value outside it is refused with the
profile's file and line: days where days are meant (an interval or period
at least a day, a deadline no longer than 10 years, neither in hours), a
rest and its window, short spans, days of the month 1 to 31, months 1 to
24, weeks 1 to 52, counts of people and of visits, weights 0 to 1, hours
a week 0 to 168, percentages 0 to 100, FK rates' years and amounts.  A
value at the edge of its range is taken.
@@ file p.yaml
profile: se-pa
rules:
  plan.followup: {interval: 0d}
  plan.before-start: {within: 11h}
  contract.notice: {period: 12y}
  fk.report: {day: 32, months: 0, municipality_day: 0, municipality_months: 25}
  hours.granted: {on_call_weight: 1.5, standby_weight: 0, period: 0w}
  hours.hospital: {max: 2h}
  worktime.daily-rest: {rest: 0min, window: 30min}
  worktime.weekly-rest: {rest: 8d, window: 29d}
  worktime.weekly-average: {hours: 169, weeks: 53, period: 1y}
  visit.continuity: {max_staff: 1001, period: 14d}
  billing.fk: {rates: {1899: 300, 2024: 100001}}
  staff.introduced: {baseline: 0d}
  decision.expiry: {notice: 0d}
  complaint.response: {within: 3660d}
@@ file q.yaml
profile: dk-hh
rules:
  visit.window: {together_within: 25h}
  visit.moved: {tolerance: 1440min}
  visit.personal-same-day: {low_frequency: 101, within: 1m}
  visit.excused: {cancel_by: 24h}
  staff.unskilled: {max_hours: 101%, max_staff: 0%}
  hours.average-visited: {low: 0, high: 168.5}
  hours.private-helper: {above: 168}
---
profile: se-dv
rules:
  plan.support-persons: {min: 0, max: 1001}
  dv.summary: {grace: 10y}
@@ file ok.yaml
profile: se-pa
rules:
  fk.report: {day: 31, months: 24}
  hours.granted: {on_call_weight: 0, standby_weight: 1, period: 1d}
  worktime.daily-rest: {rest: 7d, window: 28d}
  worktime.weekly-rest: {rest: 1min, window: 1h}
  plan.followup: {interval: 10y, notice: 0d}
  contract.notice: {period: 3660d}
  billing.fk: {rates: {1900: 0, 2199: 100000}}
@@ file c.yaml
case: K-1
regime: se-pa
funder: fk
@@ run
for p in p.yaml q.yaml; do plan-validate -v -p $p c.yaml; echo "exit $?"; done; plan-validate -v -p ok.yaml -l error --today 2026-11-22 c.yaml > /dev/null; echo "exit $?"
@@ stdout
exit 2
exit 2
exit 0
@@ stderr
plan-validate: p.yaml:3: plan.followup: interval: '0d' is out of range (1d to 10y, in d, w, m, y or wd)
plan-validate: p.yaml:4: plan.before-start: within: '11h' is out of range (0d to 10y, in d, w, m, y or wd)
plan-validate: p.yaml:5: contract.notice: period: '12y' is out of range (1d to 10y, in d, w, m, y or wd)
plan-validate: p.yaml:6: fk.report: day: '32' is out of range (a day of the month, 1 to 31)
plan-validate: p.yaml:6: fk.report: months: '0' is out of range (1 to 24 months)
plan-validate: p.yaml:6: fk.report: municipality_day: '0' is out of range (a day of the month, 1 to 31)
plan-validate: p.yaml:6: fk.report: municipality_months: '25' is out of range (1 to 24 months)
plan-validate: p.yaml:7: hours.granted: on_call_weight: '1.5' is out of range (0 to 1)
plan-validate: p.yaml:7: hours.granted: period: '0w' is out of range (1d to 10y, in d, w, m, y or wd)
plan-validate: p.yaml:8: hours.hospital: max: '2h' is out of range (1d to 10y, in d, w, m, y or wd)
plan-validate: p.yaml:9: worktime.daily-rest: rest: '0min' is out of range (1min to 7d)
plan-validate: p.yaml:9: worktime.daily-rest: window: '30min' is out of range (1h to 28d)
plan-validate: p.yaml:10: worktime.weekly-rest: rest: '8d' is out of range (1min to 7d)
plan-validate: p.yaml:10: worktime.weekly-rest: window: '29d' is out of range (1h to 28d)
plan-validate: p.yaml:11: worktime.weekly-average: hours: '169' is out of range (0 to 168 hours a week)
plan-validate: p.yaml:11: worktime.weekly-average: weeks: '53' is out of range (1 to 52 weeks)
plan-validate: p.yaml:12: visit.continuity: max_staff: '1001' is out of range (0 to 1000)
plan-validate: p.yaml:13: billing.fk: rates: 1899: 300 is out of range (years 1900 to 2199, amounts 0 to 100000)
plan-validate: p.yaml:14: staff.introduced: baseline: '0d' is out of range (1d to 10y, in d, w, m, y or wd)
plan-validate: case records: 0 read, 0 used, 0 rejected
plan-validate: q.yaml:3: visit.window: together_within: '25h' is out of range (0min to 24h)
plan-validate: q.yaml:5: visit.personal-same-day: low_frequency: '101' is out of range (0 to 100 visits a week)
plan-validate: q.yaml:6: visit.excused: cancel_by: '24h' is out of range (0d to 10y, in d, w, m, y or wd)
plan-validate: q.yaml:7: staff.unskilled: max_hours: '101%' is out of range (0% to 100%)
plan-validate: q.yaml:8: hours.average-visited: high: '168.5' is out of range (0 to 168 hours a week)
plan-validate: q.yaml:13: plan.support-persons: max: '1001' is out of range (0 to 1000)
plan-validate: case records: 0 read, 0 used, 0 rejected
plan-validate: case records: 1 read, 1 used, 0 rejected
