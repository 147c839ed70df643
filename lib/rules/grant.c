/* Grant rules (see grant.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "billing.h"
#include "grant.h"
#include "shift.h"
#include "xalloc.h"

enum where { INSIDE, OUTSIDE_DECISION, BEFORE_START, AFTER_END };

/*
 * Accounting periods.
 */

/* Danish home help granted by services: a case with a service given
 * every N days (N > 7) or every month is judged over periods as long as
 * its longest interval, N-day periods from the first decision or
 * calendar months, so that a fortnightly visit is not over-use in the
 * week it falls in; services by the week keep ISO weeks.  A decision
 * that states hours_per_week keeps the weekly rule. */
static void
cadence(struct hcase *hc)
{
	const struct care_case *c = hc->c;
	const struct decision *dec;
	const struct service *sv;
	int64_t days, longest = 7;
	bool monthly = false;
	size_t i, j;

	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (dec->hours_per_week >= 0)
			return;
		for (j = 0; j < dec->nservices; j++) {
			sv = &dec->services[j];
			if (sv->every.n <= 0 || sv->per_week > 0)
				continue;
			if (sv->every.unit == DUR_MONTHS ||
			    sv->every.unit == DUR_YEARS)
				monthly = true;
			else if ((days = dur_minutes(sv->every) / 1440) >
			    longest)
				longest = days;
		}
	}
	if (monthly) {
		hc->unit = PER_MONTH;
		hc->len = 1;
	} else if (longest > 7) {
		hc->unit = PER_DAYS;
		hc->len = (int)longest;
	}
}

/* How a case's periods are cut: FK-funded personal assistance in periods
 * of period_fk from the first decision, else by period: 1m calendar
 * months, 1w ISO weeks, other lengths counted from the first decision. */
static void
period_setup(struct hcase *hc)
{
	const struct care_case *c = hc->c;
	struct duration d;
	size_t i;

	hc->granted = profile_on(hc->p, R_HOURS_GRANTED);
	if (!hc->granted)
		return;
	hc->weight[KIND_ACTIVE] = 1;
	hc->weight[KIND_ON_CALL] = profile_num(hc->p, R_HOURS_GRANTED,
	    "on_call_weight");
	hc->weight[KIND_STANDBY] = profile_num(hc->p, R_HOURS_GRANTED,
	    "standby_weight");
	hc->weight[KIND_INTRODUCTION] = 0;
	d = profile_dur(hc->p, R_HOURS_GRANTED, c->funder == FUNDER_FK ?
	    "period_fk" : "period");
	hc->anchor = DATE_NONE;
	for (i = 0; i < c->ndecisions; i++)
		if (c->decisions[i].from != DATE_NONE && (hc->anchor ==
		    DATE_NONE || c->decisions[i].from < hc->anchor))
			hc->anchor = c->decisions[i].from;
	if (hc->anchor == DATE_NONE)
		hc->anchor = c->start;
	switch (d.unit) {
	case DUR_MONTHS:
	case DUR_YEARS:
		hc->len = d.unit == DUR_YEARS ? 12 * d.n : d.n;
		hc->unit = hc->len == 1 && c->funder != FUNDER_FK ?
		    PER_MONTH : PER_MONTHS;
		break;
	case DUR_WEEKS:
		hc->len = 7 * d.n;
		hc->unit = d.n == 1 ? PER_WEEK : PER_DAYS;
		break;
	default:
		hc->len = d.n > 0 ? (int)(dur_minutes(d) / 1440) : 1;
		if (hc->len < 1)
			hc->len = 1;
		hc->unit = PER_DAYS;
		break;
	}
	if (hc->unit == PER_WEEK && regime_country(c->regime) == COUNTRY_DK)
		cadence(hc);
	if (hc->unit == PER_MONTH && hc->anchor != DATE_NONE)
		hc->anchor = date_month_start(hc->anchor);
	if (hc->unit == PER_WEEK && hc->anchor != DATE_NONE)
		hc->anchor = date_iso_week_start(hc->anchor);
}

static int
month_number(cdate d)
{
	int y, m, dd;

	date_to_ymd(d, &y, &m, &dd);
	return y * 12 + m - 1;
}

/* The first day of period k. */
cdate
grant_period_start(const struct hcase *hc, int k)
{
	switch (hc->unit) {
	case PER_MONTH:
		return date_add_months(hc->anchor, k);
	case PER_WEEK:
		return hc->anchor + 7 * k;
	case PER_MONTHS:
		return date_add_months(hc->anchor, k * hc->len);
	case PER_DAYS:
		return hc->anchor + k * hc->len;
	}
	return hc->anchor;
}

static cdate
period_end(const struct hcase *hc, int k)
{
	return grant_period_start(hc, k + 1) - 1;
}

static int
period_of(const struct hcase *hc, cdate d)
{
	int k;

	switch (hc->unit) {
	case PER_MONTH:
		return month_number(d) - month_number(hc->anchor);
	case PER_WEEK:
		return floor_div(d - hc->anchor, 7);
	case PER_DAYS:
		return floor_div(d - hc->anchor, hc->len);
	case PER_MONTHS:
		k = floor_div(month_number(d) - month_number(hc->anchor),
		    hc->len);
		while (grant_period_start(hc, k) > d)
			k--;
		while (grant_period_start(hc, k + 1) <= d)
			k++;
		return k;
	}
	return 0;
}

/* The period record k, made when first needed. */
static struct period *
period_at(struct hcase *hc, int k)
{
	struct period *per;
	int lo, n;

	if (hc->n == 0) {
		hc->per = xcalloc(1, sizeof(*hc->per));
		hc->lo = k;
		hc->n = 1;
	} else if (k < hc->lo || k >= hc->lo + hc->n) {
		lo = k < hc->lo ? k : hc->lo;
		n = (k >= hc->lo + hc->n ? k + 1 : hc->lo + hc->n) - lo;
		per = xcalloc((size_t)n, sizeof(*per));
		memcpy(per + (hc->lo - lo), hc->per, (size_t)hc->n *
		    sizeof(*per));
		free(hc->per);
		hc->per = per;
		hc->lo = lo;
		hc->n = n;
	}
	return &hc->per[k - hc->lo];
}

/* A case as the grant rules keep it, before its first shift. */
void
grant_case_init(struct hcase *hc, const struct care_case *c,
    const struct profile *p)
{
	memset(hc, 0, sizeof(*hc));
	hc->c = c;
	hc->p = p;
	hc->zone = regime_zone(c->regime);
	hc->end = case_end(c, p);
	hc->day = DATE_NONE;
	period_setup(hc);
}

/*
 * Decisions and grants.
 */

/* Where a day stands: inside a decision and the case's time, or why not. */
static enum where
where_is(const struct hcase *hc, cdate d)
{
	const struct care_case *c = hc->c;
	size_t i;

	if (c->start != DATE_NONE && d < c->start)
		return BEFORE_START;
	if (hc->end != DATE_NONE && d > hc->end)
		return AFTER_END;
	for (i = 0; i < c->ndecisions; i++)
		if (decision_in_force(&c->decisions[i], d))
			return INSIDE;
	return OUTSIDE_DECISION;
}

/* Hours a week a decision grants: hours_per_week, or for home help
 * without it, the services' minutes times their frequency. */
double
grant_weekly(const struct decision *dec)
{
	const struct service *s;
	double minutes = 0;
	size_t i;

	if (dec->hours_per_week >= 0)
		return dec->hours_per_week;
	for (i = 0; i < dec->nservices; i++) {
		s = &dec->services[i];
		if (s->minutes == 0)
			continue;
		if (s->per_week > 0)
			minutes += (double)s->per_week * s->minutes;
		else if (s->every.n > 0)
			minutes += (double)s->minutes * 7 * 1440 /
			    (double)dur_minutes(s->every);
	}
	return minutes / 60;
}

/* Hours a decision grants from lo to hi (inclusive): a seventh of its
 * weekly hours a day, but for a service given every month its minutes
 * once a calendar month, prorated by the days of the month in force. */
static double
decision_hours(const struct decision *dec, cdate lo, cdate hi)
{
	const struct service *sv;
	double minutes = 0;
	cdate m, next, a, b;
	size_t i;

	if (dec->hours_per_week >= 0)
		return dec->hours_per_week / 7 * (hi - lo + 1);
	for (i = 0; i < dec->nservices; i++) {
		sv = &dec->services[i];
		if (sv->minutes == 0)
			continue;
		if (sv->per_week > 0)
			minutes += (double)sv->per_week * sv->minutes *
			    (hi - lo + 1) / 7;
		else if (sv->every.n > 0 && sv->every.unit != DUR_MONTHS &&
		    sv->every.unit != DUR_YEARS)
			minutes += (double)sv->minutes * (hi - lo + 1) * 1440 /
			    (double)dur_minutes(sv->every);
		else if (sv->every.n > 0)
			for (m = date_month_start(lo); m <= hi; m = next) {
				next = date_add_months(m, 1);
				a = m > lo ? m : lo;
				b = next - 1 < hi ? next - 1 : hi;
				minutes += (double)sv->minutes * (b - a + 1) /
				    (next - m) / (sv->every.unit == DUR_YEARS ?
				    12.0 * sv->every.n : sv->every.n);
			}
	}
	return minutes / 60;
}

/* Hours granted from first to last (inclusive): a seventh of the weekly
 * hours for each day a decision is in force; temporary decisions apart. */
void
grant_hours(const struct hcase *hc, cdate first, cdate last, double *regular,
    double *temporary)
{
	const struct care_case *c = hc->c;
	const struct decision *dec;
	cdate lo, hi;
	size_t i;

	*regular = *temporary = 0;
	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (dec->from == DATE_NONE || (dec->to != DATE_NONE &&
		    dec->to < dec->from))
			continue;
		lo = dec->from > first ? dec->from : first;
		hi = dec->to != DATE_NONE && dec->to < last ? dec->to : last;
		if (c->start != DATE_NONE && lo < c->start)
			lo = c->start;
		if (hc->end != DATE_NONE && hi > hc->end)
			hi = hc->end;
		if (hi < lo)
			continue;
		if (dec->temporary)
			*temporary += decision_hours(dec, lo, hi);
		else
			*regular += decision_hours(dec, lo, hi);
	}
}

/*
 * Shifts as they stream by.
 */

/* Where the day stands and its period, once per day of the case: days
 * come in order, so the period rarely changes. */
static void
grant_day(struct hcase *hc, cdate day)
{
	hc->day = day;
	hc->day_where = where_is(hc, day);
	if (!hc->granted)
		return;
	if (hc->anchor == DATE_NONE)
		hc->anchor = hc->unit == PER_WEEK ? date_iso_week_start(day) :
		    hc->unit == PER_MONTH ? date_month_start(day) : day;
	if (hc->per_last == 0 || day < hc->per_first || day > hc->per_last) {
		hc->day_pidx = period_of(hc, day);
		hc->per_first = grant_period_start(hc, hc->day_pidx);
		hc->per_last = period_end(hc, hc->day_pidx);
		hc->per_newyear = date_from_ymd(date_year(hc->per_first) + 1,
		    1, 1);
	}
	hc->day_slot = day >= hc->per_newyear;
}

/* hours.hospital: FK pays for special reasons, at most four weeks.  True
 * when the shift is past what FK pays, so not billable. */
static bool
hospital(struct findings *f, const struct srcpos *pos, const struct hcase *hc,
    const struct shift_row *r, cdate day)
{
	const struct care_case *c = hc->c;
	const struct event *ev;
	char a[DATETIME_BUFSZ], b[DATE_BUFSZ];
	struct duration max;
	size_t i;

	for (i = 0; i < c->nevents; i++) {
		ev = &c->events[i];
		if (ev->type != EV_ABSENCE || ev->reason != REASON_HOSPITAL ||
		    day < ev->from || (ev->to != DATE_NONE && day > ev->to))
			continue;
		max = profile_dur(hc->p, R_HOURS_HOSPITAL, "max");
		date_format(ev->from, b);
		if (day < cal_add(COUNTRY_SE, ev->from, max)) {
			rule_find(f, pos, c, SEV_WARNING, R_HOURS_HOSPITAL, day,
			    "shift %s during the client's hospital stay from "
			    "%s: FK pays only for special reasons",
			    datetime_format(r->start, a), b);
			return false;
		}
		rule_find(f, pos, c, SEV_ERROR, R_HOURS_HOSPITAL, day,
		    "shift %s more than %dw into the client's hospital stay "
		    "from %s: FK does not pay it", datetime_format(r->start, a),
		    max.n, b);
		return true;
	}
	return false;
}

static const char *
where_text(int w)
{
	return w == BEFORE_START ? F_("before the service start") :
	    w == AFTER_END ? F_("after the case or its contract ended") :
	    F_("outside every decision");
}

/* The hours of a shift from start to end (UTC minutes) on days that no
 * decision covers, each day judged on its own from the start's local
 * day on: a night shift is billed only for its covered part.  *why is
 * the first such day's reason. */
static double
uncovered(struct hcase *hc, const struct shift_row *r, cdate day,
    int64_t start, int64_t end, int *why)
{
	cdate last = datetime_date(r->end - (r->end > r->start));
	int64_t from = start, to;
	double out = 0;
	int w;

	if (last == day) {
		*why = hc->day_where;
		return hc->day_where == INSIDE ? 0 : (double)(end - start) / 60;
	}
	*why = INSIDE;
	for (; day <= last; day++, from = to) {
		to = tz_to_utc(hc->zone, datetime_make(day + 1, 0));
		to = to < end ? to : end;
		w = day == hc->day ? hc->day_where : (int)where_is(hc, day);
		if (w == INSIDE)
			continue;
		out += (double)(to - from) / 60;
		if (*why == INSIDE)
			*why = w;
	}
	return out;
}

/* The key of a day's month in the accounting period from first: the
 * month's first day, or the period's when the period begins within the
 * month, so that a month two periods share is two. */
static cdate
month_key(cdate day, cdate first)
{
	cdate m = date_month_start(day);

	return m > first ? m : first;
}

/* -s --per month: a shift's hours in its start's calendar month of its
 * period, added to the case's last run of months when it is the same. */
static void
month_add(struct hcase *hc, cdate month, double used, double inside)
{
	struct monthsum *m;

	if (hc->nm == 0 || hc->mv[hc->nm - 1].month != month) {
		if (hc->nm == hc->capm) {
			hc->capm = hc->capm ? 2 * hc->capm : 16;
			hc->mv = xreallocarray(hc->mv, hc->capm,
			    sizeof(*hc->mv));
		}
		m = &hc->mv[hc->nm++];
		m->month = month;
		m->used = m->inside = 0;
	}
	m = &hc->mv[hc->nm - 1];
	m->used += used;
	m->inside += inside;
}

/* A shift of hrs hours (start to end, UTC minutes) from its local day:
 * hours.outside-decision and hours.hospital, and its hours counted in the
 * period of its start, billable only where a decision covers them and FK
 * pays. */
void
grant_shift(struct findings *f, const struct srcpos *pos, struct hcase *hc,
    const struct shift_row *r, cdate day, int64_t start, int64_t end)
{
	const struct care_case *c = hc->c;
	char a[DATETIME_BUFSZ];
	struct period *per;
	double w, hrs = (double)(end - start) / 60, out;
	bool unpaid = false;
	int why;

	if (day != hc->day)
		grant_day(hc, day);
	out = uncovered(hc, r, day, start, end, &why);
	if (out > 0 && profile_on(hc->p, R_HOURS_OUTSIDE_DECISION)) {
		if (out >= hrs)
			rule_find(f, pos, c, SEV_ERROR,
			    R_HOURS_OUTSIDE_DECISION, day, "shift %s (%.2f h) "
			    "is %s: not billable", datetime_format(r->start, a),
			    hrs, where_text(why));
		else
			rule_find(f, pos, c, SEV_ERROR,
			    R_HOURS_OUTSIDE_DECISION, day, "shift %s (%.2f h) "
			    "has %.2f h %s: those hours are not billable",
			    datetime_format(r->start, a), hrs, out,
			    where_text(why));
	}
	if (c->funder == FUNDER_FK && r->kind != KIND_INTRODUCTION &&
	    profile_on(hc->p, R_HOURS_HOSPITAL))
		unpaid = hospital(f, pos, hc, r, day);
	if (!hc->granted)
		return;
	w = hc->weight[r->kind];
	per = period_at(hc, hc->day_pidx);
	per->shifts++;
	per->used += hrs * w;
	if (!unpaid && out < hrs) {
		per->inside += (hrs - out) * w;
		per->inside_year[hc->day_slot] += (hrs - out) * w;
	}
	if (hc->by_month)
		month_add(hc, month_key(day, hc->per_first), hrs * w,
		    unpaid || out >= hrs ? 0 : (hrs - out) * w);
}

/*
 * The end of the stream.
 */

static void
add_sum(struct sumrows *sum, const struct sumrow *row)
{
	if (sum->n == sum->cap) {
		sum->cap = sum->cap ? 2 * sum->cap : 256;
		sum->v = xreallocarray(sum->v, sum->cap, sizeof(*sum->v));
	}
	sum->v[sum->n++] = *row;
}

static int
by_month(const void *a, const void *b)
{
	const struct monthsum *x = a, *y = b;

	return x->month < y->month ? -1 : x->month > y->month;
}

/* The case's runs of months in order, each month once. */
static void
months_merge(struct hcase *hc)
{
	size_t i, n = 0;

	if (hc->mv_sorted)
		return;
	hc->mv_sorted = true;
	qsort(hc->mv, hc->nm, sizeof(*hc->mv), by_month);
	for (i = 0; i < hc->nm; i++) {
		if (n > 0 && hc->mv[n - 1].month == hc->mv[i].month) {
			hc->mv[n - 1].used += hc->mv[i].used;
			hc->mv[n - 1].inside += hc->mv[i].inside;
		} else
			hc->mv[n++] = hc->mv[i];
	}
	hc->nm = n;
}

/* -s --per month: the accounting period p's row cut into every calendar
 * month it touches, so that the months add up to it.  Granted hours are
 * the month's days of the grant; billable hours the month's own until the
 * period's grant runs out, so the hours cut are the latest; the amount is
 * each month's billable hours at its year's rate.  The case's months are
 * in order (months_merge), so one pass walks both. */
static void
month_rows(struct timesheet *ts, struct hcase *hc, const struct sumrow *p,
    struct sumrows *sum)
{
	const struct monthsum *m;
	struct sumrow row = *p;
	double reg, tmp, left = p->billable, inside;
	cdate month, next;
	size_t i = 0;

	for (month = date_month_start(p->start); month <= p->end;
	    month = next) {
		next = date_add_months(month, 1);
		row.start = month_key(month, p->start);
		while (i < hc->nm && hc->mv[i].month < row.start)
			i++;
		m = i < hc->nm && hc->mv[i].month == row.start ? &hc->mv[i] :
		    NULL;
		row.end = next - 1 < p->end ? next - 1 : p->end;
		grant_hours(hc, row.start, row.end, &reg, &tmp);
		row.granted = reg + (profile_on(hc->p, R_HOURS_TEMPORARY) ?
		    tmp : 0);
		row.used = m != NULL ? m->used : 0;
		inside = m != NULL ? m->inside : 0;
		row.billable = inside < left ? inside : left;
		left -= row.billable;
		row.amount = billing_fk_hours(ts, hc, date_year(row.start),
		    row.billable);
		add_sum(sum, &row);
	}
}

/* Takes hours (of a stored shift s of the case) out of the billable hours
 * of its period and month, as far as they were billable: work past a
 * working-time limit, which FK does not pay (SFB 51 kap. 16 §).  The
 * hours taken. */
double
grant_unbill(struct hcase *hc, const struct stored *s, double hours)
{
	cdate day = shift_day(hc, s->start);
	struct period *per;
	struct monthsum *m;
	double x, w = hc->weight[s->kind];
	size_t lo, hi, mid;
	cdate key;
	int k, slot;

	if (!hc->granted || w <= 0 || where_is(hc, day) != INSIDE)
		return 0;
	k = period_of(hc, day);
	if (k < hc->lo || k >= hc->lo + hc->n)
		return 0;
	per = &hc->per[k - hc->lo];
	x = hours * w < per->inside ? hours * w : per->inside;
	per->inside -= x;
	slot = day >= date_from_ymd(date_year(grant_period_start(hc, k)) + 1,
	    1, 1);
	per->inside_year[slot] -= x < per->inside_year[slot] ? x :
	    per->inside_year[slot];
	if (hc->by_month) {
		months_merge(hc);
		key = month_key(day, grant_period_start(hc, k));
		for (lo = 0, hi = hc->nm; lo < hi;) {
			mid = lo + (hi - lo) / 2;
			if (hc->mv[mid].month < key)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < hc->nm && hc->mv[lo].month == key) {
			m = &hc->mv[lo];
			m->inside -= x < m->inside ? x : m->inside;
		}
	}
	return x / w;
}

/* hours.granted, hours.temporary and billing.fk for each period in which
 * the case has shifts (a shift counts in the period of its start); a
 * summary row for each. */
void
grant_periods(struct timesheet *ts, struct hcase *hc, struct sumrows *sum)
{
	const struct care_case *c = hc->c;
	char a[DATE_BUFSZ], b[DATE_BUFSZ];
	const struct period *per;
	struct sumrow row;
	double reg, tmp, total;
	int k;

	if (hc->by_month)
		months_merge(hc);
	for (k = hc->lo; k < hc->lo + hc->n; k++) {
		per = &hc->per[k - hc->lo];
		if (per->shifts == 0)
			continue;
		row.kase = (uint32_t)c->index;
		row.start = grant_period_start(hc, k);
		row.end = period_end(hc, k);
		grant_hours(hc, row.start, row.end, &reg, &tmp);
		if (!profile_on(hc->p, R_HOURS_TEMPORARY))
			tmp = 0;
		total = reg + tmp;
		row.granted = total;
		row.used = per->used;
		row.billable = per->inside < total ? per->inside : total;
		row.amount = billing_fk(ts, hc, per, date_year(row.start),
		    row.billable);
		if (hc->by_month)
			month_rows(ts, hc, &row, sum);
		else
			add_sum(sum, &row);
		date_format(row.start, a);
		date_format(row.end, b);
		if (per->used > total + 0.005)
			rule_find(ts->f, &c->pos, c, SEV_ERROR, R_HOURS_GRANTED,
			    row.start, "used %.2f h of %.2f h granted in "
			    "%s..%s: %.2f h over", per->used, total, a, b,
			    per->used - total);
		else if (tmp > 0 && per->used > reg + 0.005)
			rule_find(ts->f, &c->pos, c, SEV_INFO,
			    R_HOURS_TEMPORARY, row.start, "used %.2f h in "
			    "%s..%s: %.2f h above the regular grant, within "
			    "the temporary increase of %.2f h", per->used, a, b,
			    per->used - reg, tmp);
		else if (row.end < ts->today && per->used < total - 0.005)
			rule_find(ts->f, &c->pos, c, SEV_INFO, R_HOURS_GRANTED,
			    row.start, "used %.2f h of %.2f h granted in "
			    "%s..%s (%.0f%%)", per->used, total, a, b,
			    total > 0 ? 100 * per->used / total : 0);
	}
}
