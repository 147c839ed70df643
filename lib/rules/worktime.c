/* Working-time rules (see worktime.h). */
#include <stdio.h>

#include "i18n.h"
#include "grant.h"
#include "rest.h"
#include "shift.h"
#include "worktime.h"

/* Household work: FK pays for at most 52 hours a week on average over
 * consecutive periods of 28 days. */
#define HOUSEHOLD_HOURS	52
#define HOUSEHOLD_WEEKS	4

/* The stretches of work of shifts l[0..n) in time order, into w: standby
 * (beredskap) is not working time. */
static size_t
stretches(const struct timesheet *ts, const uint32_t *l, size_t n,
    struct interval *w)
{
	const struct stored *s;
	size_t i, nw = 0;

	for (i = 0; i < n; i++) {
		s = &ts->v[l[i]];
		if (s->kind == KIND_STANDBY)
			continue;
		if (nw > 0 && s->start <= w[nw - 1].end) {
			if (stored_end(s) > w[nw - 1].end)
				w[nw - 1].end = stored_end(s);
			continue;
		}
		w[nw].start = s->start;
		w[nw].end = stored_end(s);
		w[nw].shift = l[i];
		w[nw].pan_long = false;
		nw++;
	}
	return nw;
}

/* Work past the average's limit is not billable: the excess comes off the
 * staff member's latest shifts in the period (p0..p1, UTC), shifts l[0..n)
 * in time order.  The hours taken. */
static double
unbill_latest(struct timesheet *ts, const uint32_t *l, size_t n,
    int32_t p0, int32_t p1, double excess)
{
	const struct stored *s;
	double left = excess, h;
	int32_t a, e;
	size_t i;

	for (i = n; i-- > 0 && left > 1e-9;) {
		s = &ts->v[l[i]];
		if (s->start >= p1 || stored_end(s) <= p0 ||
		    s->kind == KIND_STANDBY)
			continue;
		a = s->start > p0 ? s->start : p0;
		e = stored_end(s) < p1 ? stored_end(s) : p1;
		h = (double)(e - a) / 60;
		left -= grant_unbill(&ts->cases[s->kase], s, h < left ? h :
		    left);
	}
	return excess - left;
}

/* A reference period with more than the average allows (worktime_rest
 * found it): its excess is not billable. */
static void
weekly_excess(struct timesheet *ts, const uint32_t *l, size_t n,
    const struct excess *e)
{
	const struct stored *s = &ts->v[e->shift];
	const struct hcase *hc = &ts->cases[s->kase];
	struct srcpos pos = stored_pos(ts, s);
	char b[DATE_BUFSZ], c[DATE_BUFSZ], taken[80] = "";
	double weeks = (double)(e->last - e->first + 1) / 7, x;

	x = unbill_latest(ts, l, n, (int32_t)tz_to_utc(ZONE_STOCKHOLM,
	    datetime_make(e->first, 0)), (int32_t)tz_to_utc(ZONE_STOCKHOLM,
	    datetime_make(e->last + 1, 0)), e->worked - e->limit * weeks);
	if (x > 0.005)
		snprintf(taken, sizeof(taken), F_("; %.2f h of the latest shifts "
		    "in it are not billable"), x);
	rule_find(ts->f, &pos, hc->c, SEV_ERROR, R_WORKTIME_WEEKLY_AVERAGE,
	    e->first, "%s works %.2f h in the reference period %s..%s: %.2f h "
	    "a week on average (at most %.0f; %s)%s", pseudo(PSEUDO_STAFF,
	    ts->staff[s->staff].id), e->worked, date_format(e->first, b),
	    date_format(e->last, c), e->worked / weeks, e->limit,
	    worktime_label(e->wt), taken);
}

/* A period's hours, kept when over the average's limit. */
static size_t
over(struct excess *out, size_t k, cdate first, cdate last, double worked,
    double limit, uint32_t shift, enum worktime wt)
{
	double weeks = (double)(last - first + 1) / 7;

	if (worked <= limit * weeks + 1e-6)
		return k;
	out[k] = (struct excess){ first, last, worked, limit, shift, wt };
	return k + 1;
}

/* The reference period a day is in: blocks of months counted from
 * January 1900 (four months: from 1 January, 1 May and 1 September), or,
 * for a profile that sets weeks and for household work, blocks of weeks
 * from Monday 1 January 1900.  Its first and last day. */
static void
reference(const struct profile *p, enum worktime wt, cdate day, cdate *first,
    cdate *last)
{
	const struct param_value *weeks = profile_param(p,
	    R_WORKTIME_WEEKLY_AVERAGE, "weeks");
	struct duration d = profile_dur(p, R_WORKTIME_WEEKLY_AVERAGE,
	    "period");
	cdate base = date_from_ymd(1900, 1, 1);
	long len, k;
	int y, m, dd;

	if (wt == WT_HOUSEHOLD || weeks->set ||
	    (d.unit != DUR_MONTHS && d.unit != DUR_YEARS)) {
		len = 7L * (wt == WT_HOUSEHOLD ? HOUSEHOLD_WEEKS : weeks->set ?
		    (long)weeks->num : (long)(dur_minutes(d) / (7 * 1440)));
		len = len < 7 ? 7 : len;
		*first = base + floor_div(day - base, len) * len;
		*last = *first + len - 1;
		return;
	}
	len = d.unit == DUR_YEARS ? 12L * d.n : d.n;
	len = len < 1 ? 1 : len;
	date_to_ymd(day, &y, &m, &dd);
	k = floor_div(12L * (y - 1900) + m - 1, len) * len;
	*first = date_from_ymd(1900 + (int)(k / 12), (int)(k % 12) + 1, 1);
	*last = date_add_months(*first, (int)len) - 1;
}

/* worktime.weekly-average: hours worked in each reference period (ATL
 * 10 b §: consecutive periods of at most four months), a stretch cut
 * where a period ends: those over the limit into out (room for two a
 * stretch), how many. */
static size_t
weekly_average(const struct profile *p, enum worktime wt,
    const struct interval *w, size_t nw, struct excess *out)
{
	int32_t from, cut, bend = INT32_MIN;
	double limit, worked = 0;
	cdate block = DATE_NONE, b0 = DATE_NONE, b1 = DATE_NONE, last = 0;
	uint32_t first = 0;
	size_t i, k = 0;

	limit = wt == WT_HOUSEHOLD ? HOUSEHOLD_HOURS :
	    profile_num(p, R_WORKTIME_WEEKLY_AVERAGE, "hours");
	for (i = 0; i < nw; i++) {
		for (from = w[i].start; from < w[i].end; from = cut) {
			if (from >= bend || block == DATE_NONE) {
				reference(p, wt, datetime_date(tz_to_local(
				    ZONE_STOCKHOLM, from)), &b0, &b1);
				bend = (int32_t)tz_to_utc(ZONE_STOCKHOLM,
				    datetime_make(b1 + 1, 0));
			}
			cut = bend < w[i].end ? bend : w[i].end;
			if (b0 != block) {
				if (block != DATE_NONE)
					k = over(out, k, block, last, worked,
					    limit, first, wt);
				block = b0;
				last = b1;
				worked = 0;
				first = w[i].shift;
			}
			worked += (double)(cut - from) / 60;
		}
	}
	if (block != DATE_NONE)
		k = over(out, k, block, last, worked, limit, first, wt);
	return k;
}

/* The rest rules' parameters, read before the staff are split between
 * threads. */
void
worktime_prepare(struct timesheet *ts)
{
	const struct profile *p = profiles_for(ts->ps, REGIME_SE_PA);

	if (ts->rest.p != p)
		rest_params(p, &ts->rest);
}

/* The worktime of one staff member's shifts: their own, or the
 * profile's. */
static enum worktime
staff_worktime(const struct timesheet *ts, const struct profile *p,
    const uint32_t *l, size_t n)
{
	int own = n > 0 ? ts->staff[ts->v[l[0]].staff].worktime : -1;

	return own >= 0 ? (enum worktime)own : p->worktime;
}

/* Daily and weekly rest over one staff member's shifts l[0..n) in time
 * order, and the reference periods of the weekly average over its limit,
 * into over; w and nxt are room for n + 1 entries, over for 2n + 2 (a
 * stretch may run into a second period).  Reads only ts but for its
 * findings: staff members may be checked on two threads at once.  How
 * many periods are over. */
size_t
worktime_rest(const struct timesheet *ts, const uint32_t *l, size_t n,
    struct interval *w, uint32_t *nxt, struct excess *over)
{
	const struct profile *p = profiles_for(ts->ps, REGIME_SE_PA);
	size_t nw = stretches(ts, l, n, w);
	enum worktime wt = staff_worktime(ts, p, l, n);

	rest_check(ts, &ts->rest, wt, w, nw, nxt);
	if (!profile_on(p, R_WORKTIME_WEEKLY_AVERAGE) || nw == 0)
		return 0;
	return weekly_average(p, wt, w, nw, over);
}

/* worktime.weekly-average's findings for the periods worktime_rest found
 * over, one staff member at a time and in staff order: the hours each
 * takes off billing change the cases. */
void
worktime_unbill(struct timesheet *ts, const uint32_t *l, size_t n,
    const struct excess *over, size_t nover)
{
	size_t i;

	for (i = 0; i < nover; i++)
		weekly_excess(ts, l, n, &over[i]);
}
