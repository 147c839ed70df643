/* Home-help rules (see homehelp.h). */
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "grant.h"
#include "homehelp.h"
#include "shift.h"
#include "xalloc.h"

/* A Danish shift (dk-hh, dk-hp) of staff member k, of hrs hours on its
 * day: introduction shifts do not count towards the unskilled share. */
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

/* hours.average-visited: the average weekly grant of the recipients of
 * regime g visited, over the span of the Danish shifts. */
static void
average_visited(const struct timesheet *ts, const struct profile *p,
    enum regime g, double sum, size_t ncases)
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
		    "recipient over %zu %s recipients (target %.1f-%.1f h)", wk,
		    ncases, regime_name(g), lo, hi);
}

#define NYEARS	(TZ_LAST_YEAR - TZ_FIRST_YEAR + 1)

/* One calendar year of dk-hh shifts by staff in the roster. */
struct unskilled_year {
	double		 hours, unq;	/* all, by unskilled staff */
	cdate		 first, last;	/* the days the file has */
};

/* A staff member's work in a year, to count the staff once a year. */
struct staff_year {
	uint32_t	 staff;
	int		 year;
};

static int
by_year_staff(const void *a, const void *b)
{
	const struct staff_year *x = a, *y = b;

	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return x->staff < y->staff ? -1 : x->staff > y->staff;
}

/* staff.unskilled for one calendar year: the share of hours and of staff,
 * each an error over its limit; a year the file covers only in part is
 * a partial figure and says so. */
static void
unskilled_year(const struct timesheet *ts, const struct profile *p,
    int year, const struct unskilled_year *y, size_t staff, size_t unqs)
{
	double max_h = profile_num(p, R_STAFF_UNSKILLED, "max_hours");
	double max_s = profile_num(p, R_STAFF_UNSKILLED, "max_staff");
	cdate jan1 = date_from_ymd(year, 1, 1);
	char a[DATE_BUFSZ], b[DATE_BUFSZ], part[80] = "";

	if (y->first > jan1 || y->last < date_from_ymd(year, 12, 31))
		snprintf(part, sizeof(part), F_("; a partial figure: the file "
		    "has %s..%s of the year"), date_format(y->first, a),
		    date_format(y->last, b));
	if (y->hours > 0 && 100 * y->unq / y->hours > max_h)
		rule_find_unit(ts->f, &ts->roster_pos, SEV_ERROR,
		    R_STAFF_UNSKILLED, jan1, "in %d unskilled staff work "
		    "%.1f%% of the hours (%.2f of %.2f h; at most %.0f%%%s)",
		    year, 100 * y->unq / y->hours, y->unq, y->hours, max_h,
		    part);
	if (staff > 0 && 100.0 * (double)unqs / (double)staff > max_s)
		rule_find_unit(ts->f, &ts->roster_pos, SEV_ERROR,
		    R_STAFF_UNSKILLED, jan1, "in %d %zu of %zu staff are "
		    "unskilled (%.1f%%; at most %.0f%%%s)", year, unqs, staff,
		    100.0 * (double)unqs / (double)staff, max_s, part);
}

/* The Danish shifts of staff in the roster, by calendar year of their
 * local day: hours in v, and each staff member's years in sy (*nsy). */
static void
by_year(const struct timesheet *ts, struct unskilled_year *v,
    struct staff_year *sy, size_t *nsy)
{
	const struct stored *s;
	const struct hcase *hc;
	double hrs;
	cdate day;
	size_t i;
	int k;

	*nsy = 0;
	for (i = 0; i < ts->n; i++) {
		s = &ts->v[i];
		hc = &ts->cases[s->kase];
		if (regime_country(hc->c->regime) != COUNTRY_DK ||
		    s->kind == KIND_INTRODUCTION ||
		    ts->staff[s->staff].qualified < 0)
			continue;
		day = shift_day(hc, s->start);
		k = date_year(day) - TZ_FIRST_YEAR;
		hrs = (double)s->len / 60;
		v[k].hours += hrs;
		if (!ts->staff[s->staff].qualified)
			v[k].unq += hrs;
		if (v[k].first == DATE_NONE || day < v[k].first)
			v[k].first = day;
		if (v[k].last == DATE_NONE || day > v[k].last)
			v[k].last = day;
		sy[*nsy].staff = s->staff;
		sy[(*nsy)++].year = k;
	}
}

/* staff.unskilled: Danish staff missing from the roster, and per calendar
 * year, as the standard measures (004 § 10), the share of unskilled
 * staff and of their hours. */
static void
unskilled(const struct timesheet *ts, const struct profile *p)
{
	struct unskilled_year *v = xcalloc(NYEARS, sizeof(*v));
	struct staff_year *sy = xcalloc(ts->n + 1, sizeof(*sy));
	const struct staff *s;
	char msg[256];
	size_t i, j, nsy, staff, unqs;

	for (i = 0; i < ts->nstaff; i++) {
		s = &ts->staff[i];
		if (!s->dk_hh || s->qualified >= 0)
			continue;
		snprintf(msg, sizeof(msg), F_("%s is not in the staff roster: "
		    "qualification unknown"), pseudo(PSEUDO_STAFF, s->id));
		shift_find(ts, &ts->v[s->first], SEV_WARNING, R_STAFF_UNSKILLED,
		    msg);
	}
	for (i = 0; i < NYEARS; i++)
		v[i].first = v[i].last = DATE_NONE;
	by_year(ts, v, sy, &nsy);
	qsort(sy, nsy, sizeof(*sy), by_year_staff);
	for (i = 0; i < nsy; i = j) {
		staff = unqs = 0;
		for (j = i; j < nsy && sy[j].year == sy[i].year; j++)
			if (j == i || sy[j].staff != sy[j - 1].staff) {
				staff++;
				unqs += !ts->staff[sy[j].staff].qualified;
			}
		unskilled_year(ts, p, sy[i].year + TZ_FIRST_YEAR,
		    &v[sy[i].year], staff, unqs);
	}
	free(sy);
	free(v);
}

/* Per case the private-helper option, and the average grant of the
 * recipients of Danish regime g. */
static void
visited(const struct timesheet *ts, enum regime g)
{
	const struct hcase *hc;
	double sum = 0, reg, tmp;
	size_t i, ncases = 0;

	for (i = 0; i < ts->ncases; i++) {
		hc = &ts->cases[i];
		if (hc->c->regime != g)
			continue;
		if (profile_on(hc->p, R_HOURS_PRIVATE_HELPER))
			private_helper(ts, hc, hc->p);
		if (hc->shifts > 0 && ts->dk_first != DATE_NONE) {
			grant_hours(hc, ts->dk_first, ts->dk_last, &reg, &tmp);
			sum += (reg + tmp) * 7 / (ts->dk_last - ts->dk_first +
			    1);
			ncases++;
		}
	}
	average_visited(ts, profiles_for(ts->ps, g), g, sum, ncases);
}

/* The unit-wide rules of Danish home help and helhedspleje: per regime
 * the averages, and over the provider's whole staff (the shifts of both)
 * the unskilled share, under dk-hh's profile. */
void
homehelp_check(const struct timesheet *ts)
{
	const struct profile *p = profiles_for(ts->ps, REGIME_DK_HH);

	visited(ts, REGIME_DK_HH);
	visited(ts, REGIME_DK_HP);
	if (ts->roster && profile_on(p, R_STAFF_UNSKILLED))
		unskilled(ts, p);
}
