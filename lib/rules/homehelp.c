/* Home-help rules (see homehelp.h). */
#include <stdio.h>

#include "grant.h"
#include "homehelp.h"
#include "shift.h"

/* A dk-hh shift of staff member k, of hrs hours on its day: introduction
 * shifts do not count towards the unskilled share. */
void
homehelp_shift(struct timesheet *ts, uint32_t k, enum shift_kind kind,
    cdate day, double hrs)
{
	ts->staff[k].dk_hh = true;
	if (kind != KIND_INTRODUCTION)
		ts->staff[k].dk_hours += hrs;
	if (ts->dk_first == DATE_NONE || day < ts->dk_first)
		ts->dk_first = day;
	if (ts->dk_last == DATE_NONE || day > ts->dk_last)
		ts->dk_last = day;
}

/* hours.private-helper: a grant above the threshold lets the client
 * choose a cash subsidy. */
static void
private_helper(const struct timesheet *ts, const struct hcase *hc,
    const struct profile *p)
{
	double most = 0;
	size_t j;

	for (j = 0; j < hc->c->ndecisions; j++)
		if (grant_weekly(&hc->c->decisions[j]) > most)
			most = grant_weekly(&hc->c->decisions[j]);
	if (most > profile_num(p, R_HOURS_PRIVATE_HELPER, "above"))
		rule_find(ts->f, &hc->c->pos, hc->c, SEV_INFO,
		    R_HOURS_PRIVATE_HELPER, DATE_NONE, "%.2f h a week granted: "
		    "the client may choose a cash subsidy and hire their own "
		    "helpers", most);
}

/* hours.average-visited: the average weekly grant of the recipients
 * visited, over the span of the dk-hh shifts. */
static void
average_visited(const struct timesheet *ts, const struct profile *p,
    double sum, size_t ncases)
{
	struct srcpos pos = { ts->files[0], 1 };
	double lo, hi, wk;

	if (!profile_on(p, R_HOURS_AVERAGE_VISITED) || ncases == 0)
		return;
	lo = profile_num(p, R_HOURS_AVERAGE_VISITED, "low");
	hi = profile_num(p, R_HOURS_AVERAGE_VISITED, "high");
	wk = sum / (double)ncases;
	if (wk < lo || wk > hi)
		rule_find_unit(ts->f, &pos, SEV_INFO, R_HOURS_AVERAGE_VISITED,
		    ts->dk_first, "on average %.2f h a week granted per "
		    "recipient over %zu recipients (target %.1f-%.1f h)", wk,
		    ncases, lo, hi);
}

/* staff.unskilled: dk-hh staff missing from the roster, and the share of
 * unskilled staff and of their hours. */
static void
unskilled(const struct timesheet *ts, const struct profile *p)
{
	const struct staff *s;
	char msg[256];
	double hours = 0, unq = 0;
	size_t i, staff = 0, unqs = 0;

	for (i = 0; i < ts->nstaff; i++) {
		s = &ts->staff[i];
		if (!s->dk_hh)
			continue;
		if (s->qualified < 0) {
			snprintf(msg, sizeof(msg), "%s is not in the staff "
			    "roster: qualification unknown", pseudo(
			    PSEUDO_STAFF, s->id));
			shift_find(ts, &ts->v[s->first], SEV_WARNING,
			    R_STAFF_UNSKILLED, msg);
			continue;
		}
		staff++;
		hours += s->dk_hours;
		if (!s->qualified) {
			unqs++;
			unq += s->dk_hours;
		}
	}
	if (hours > 0 && 100 * unq / hours > profile_num(p, R_STAFF_UNSKILLED,
	    "max_hours"))
		rule_find_unit(ts->f, &ts->roster_pos, SEV_WARNING,
		    R_STAFF_UNSKILLED, DATE_NONE, "unskilled staff work %.1f%% "
		    "of the hours (%.2f of %.2f h; at most %.0f%%)",
		    100 * unq / hours, unq, hours, profile_num(p,
		    R_STAFF_UNSKILLED, "max_hours"));
	if (staff > 0 && 100.0 * (double)unqs / (double)staff >
	    profile_num(p, R_STAFF_UNSKILLED, "max_staff"))
		rule_find_unit(ts->f, &ts->roster_pos, SEV_WARNING,
		    R_STAFF_UNSKILLED, DATE_NONE, "%zu of %zu staff are "
		    "unskilled (%.1f%%; at most %.0f%%)", unqs, staff,
		    100.0 * (double)unqs / (double)staff, profile_num(p,
		    R_STAFF_UNSKILLED, "max_staff"));
}

/* The unit-wide rules of Danish home help, and per case the
 * private-helper option. */
void
homehelp_check(const struct timesheet *ts)
{
	const struct profile *p = profiles_for(ts->ps, REGIME_DK_HH);
	const struct hcase *hc;
	double sum = 0, reg, tmp;
	size_t i, ncases = 0;

	for (i = 0; i < ts->ncases; i++) {
		hc = &ts->cases[i];
		if (hc->c->regime != REGIME_DK_HH)
			continue;
		if (profile_on(hc->p, R_HOURS_PRIVATE_HELPER))
			private_helper(ts, hc, p);
		if (hc->shifts > 0 && ts->dk_first != DATE_NONE) {
			grant_hours(hc, ts->dk_first, ts->dk_last, &reg, &tmp);
			sum += (reg + tmp) * 7 / (ts->dk_last - ts->dk_first +
			    1);
			ncases++;
		}
	}
	average_visited(ts, p, sum, ncases);
	if (ts->roster && profile_on(p, R_STAFF_UNSKILLED))
		unskilled(ts, p);
}
