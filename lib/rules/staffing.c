/* Staffing rules (see staffing.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "caseidx.h"
#include "i18n.h"
#include "pseudo.h"
#include "shift.h"
#include "staffing.h"
#include "strmap.h"
#include "visit_common.h"
#include "xalloc.h"

/* staff.introduced's baseline: a log starts in the middle of a case's
 * life, so whoever works with the client before the day returned is taken
 * to know them; DATE_NONE when the case began on or after the log's first
 * day, when everyone is new. */
cdate
staff_known_until(const struct care_case *c, const struct profile *p,
    cdate first_day)
{
	if (c->start != DATE_NONE && c->start >= first_day)
		return DATE_NONE;
	return cal_add(regime_country(c->regime), first_day,
	    profile_dur(p, R_STAFF_INTRODUCED, "baseline"));
}

/*
 * Timesheets.
 */

/* hours.overlap: the same person in two shifts at once, any cases; l is
 * one staff member's shifts in time order. */
void
staffing_overlap(const struct timesheet *ts, const uint32_t *l, size_t n)
{
	const struct stored *s, *m;
	const struct hcase *hs, *hm;
	struct srcpos mp;
	char a[DATETIME_BUFSZ], b[8], c[DATETIME_BUFSZ], e[8], msg[512];
	size_t i, maxi = 0;

	for (i = 1; i < n; i++) {
		s = &ts->v[l[i]];
		m = &ts->v[l[maxi]];
		hs = &ts->cases[s->kase];
		hm = &ts->cases[m->kase];
		if (s->start < stored_end(m) &&
		    profile_on(hs->p, R_HOURS_OVERLAP)) {
			mp = stored_pos(ts, m);
			snprintf(msg, sizeof(msg), F_("%s works %s-%s for %s and "
			    "%s-%s for %s (%s:%u) at the same time"),
			    pseudo(PSEUDO_STAFF, ts->staff[s->staff].id),
			    shift_local_text(hs->zone, s->start, a),
			    shift_clock_text(hs->zone, stored_end(s), b),
			    pseudo(PSEUDO_CASE, hs->c->id),
			    shift_local_text(hm->zone, m->start, c),
			    shift_clock_text(hm->zone, stored_end(m), e),
			    pseudo(PSEUDO_CASE, hm->c->id), mp.file,
			    (unsigned)mp.line);
			shift_find(ts, s, SEV_ERROR, R_HOURS_OVERLAP, msg);
		}
		if (stored_end(s) > stored_end(m))
			maxi = i;
	}
}

/* Whether a decision in force on the day grants double staffing. */
static bool
double_granted(const struct care_case *c, cdate day)
{
	size_t i;

	for (i = 0; i < c->ndecisions; i++)
		if (c->decisions[i].double_staffing &&
		    decision_in_force(&c->decisions[i], day))
			return true;
	return false;
}

static bool
staffs(const struct stored *s)
{
	return s->kind != KIND_INTRODUCTION && s->kind != KIND_STANDBY;
}

/* One case's shifts in time order, and who knows the client from when. */
struct caseview {
	const struct timesheet	*ts;
	const struct hcase	*hc;
	const uint32_t		*l;
	size_t			 n;
	const struct case_marks	*m;
	struct caseidx		 idx;	/* built when a scan would be long */
	bool			 dbl, intr;
};

/* The last step before i whose shift, another staff member's, counts for
 * double staffing and reaches into step i's: a scan back over the shifts
 * that start less than the longest shift before, or the index when that
 * is long; -1 for none. */
static long
other_alongside(struct caseview *cv, size_t i)
{
	const struct stored *v = cv->ts->v, *s = &v[cv->l[i]], *o;
	size_t j, steps = 0;

	for (j = i; j-- > 0 && v[cv->l[j]].start > s->start -
	    STORED_MAX_MINUTES;) {
		if (++steps > CASEIDX_SCAN) {
			caseidx_build(&cv->idx, staffs, cv->intr ? cv->m :
			    NULL);
			return caseidx_other(&cv->idx, i);
		}
		o = &v[cv->l[j]];
		if (stored_end(o) > s->start && o->staff != s->staff &&
		    staffs(o))
			return (long)j;
	}
	return -1;
}

/* hours.double-staffing: shift l[i] of a case (on its day) at the same
 * time as another staff member's, no grant allowing it. */
static void
double_staffing(struct caseview *cv, size_t i, cdate day)
{
	const struct timesheet *ts = cv->ts;
	const struct hcase *hc = cv->hc;
	const struct stored *s = &ts->v[cv->l[i]], *o;
	char a[DATETIME_BUFSZ], b[8], e[DATETIME_BUFSZ], msg[512];
	struct srcpos op;
	long j;

	if ((j = other_alongside(cv, i)) < 0 || double_granted(hc->c, day))
		return;
	o = &ts->v[cv->l[j]];
	op = stored_pos(ts, o);
	snprintf(msg, sizeof(msg), F_("%s works %s-%s at the same time as %s "
	    "(%s:%u, from %s) without a double-staffing grant"),
	    pseudo(PSEUDO_STAFF, ts->staff[s->staff].id),
	    shift_local_text(hc->zone, s->start, a),
	    shift_clock_text(hc->zone, stored_end(s), b),
	    pseudo(PSEUDO_STAFF, ts->staff[o->staff].id),
	    op.file, (unsigned)op.line,
	    shift_local_text(hc->zone, o->start, e));
	shift_find(ts, s, SEV_WARNING, R_HOURS_DOUBLE_STAFFING, msg);
}

/* Whether someone who knows the client (known[staff] <= its start) works
 * alongside step i, a staff member's first shift with the client: an
 * earlier shift reaching into it, or a later one starting in it whose
 * staff member was known by step i (since[staff] <= i).  A scan of the
 * shifts around it, or the index when that is long. */
static bool
alongside(struct caseview *cv, size_t i, bool overlap)
{
	const struct stored *v = cv->ts->v, *s = &v[cv->l[i]], *o;
	const struct case_marks *m = cv->m;
	size_t j, steps = 0;

	for (j = i; overlap && j-- > 0 && v[cv->l[j]].start > s->start -
	    STORED_MAX_MINUTES;) {
		if (++steps > CASEIDX_SCAN)
			goto indexed;
		o = &v[cv->l[j]];
		if (stored_end(o) > s->start && m->known[o->staff] <= s->start)
			return true;
	}
	for (j = i + 1; j < cv->n && v[cv->l[j]].start < stored_end(s); j++) {
		if (++steps > CASEIDX_SCAN)
			goto indexed;
		o = &v[cv->l[j]];
		if (m->since[o->staff] <= i && m->known[o->staff] <= s->start)
			return true;
	}
	return false;
indexed:
	caseidx_build(&cv->idx, cv->dbl ? staffs : NULL, m);
	return caseidx_alongside(&cv->idx, i);
}

static int
by_date_event(const void *a, const void *b)
{
	const struct event *x = *(const struct event *const *)a;
	const struct event *y = *(const struct event *const *)b;

	return x->date < y->date ? -1 : x->date > y->date;
}

/* The case's introduction events in date order, *n of them. */
static const struct event **
introductions(const struct care_case *c, size_t *n)
{
	const struct event **intro;
	size_t i;

	intro = xcalloc(c->nevents + 1, sizeof(*intro));
	*n = 0;
	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_INTRODUCTION)
			intro[(*n)++] = &c->events[i];
	qsort(intro, *n, sizeof(*intro), by_date_event);
	return intro;
}

/* Marks a staff member as knowing the client from the UTC minute t, and
 * counted so from step i. */
static void
knows(const struct case_marks *m, uint32_t k, uint32_t me, int32_t t,
    size_t i)
{
	if (m->mark[k] != me) {
		m->mark[k] = me;
		m->known[k] = t;
		m->since[k] = (uint32_t)i;
	}
}

/* Who knows the client from when, over the case's shifts in time order:
 * the end of their first shift (counted from the step after it), the day
 * of their introduction, or always for the baseline. */
static void
mark_known(struct caseview *cv, uint32_t me)
{
	const struct stored *s;
	const struct hcase *hc = cv->hc;
	const struct care_case *c = hc->c;
	const struct event **intro;
	size_t i, ni, next = 0;
	cdate day = DATE_NONE, known_until = DATE_NONE;
	void *k;

	intro = introductions(c, &ni);
	if (cv->intr)
		known_until = staff_known_until(c, hc->p, shift_day(hc,
		    cv->ts->v[cv->l[0]].start));
	for (i = 0; i < cv->n; i++) {
		s = &cv->ts->v[cv->l[i]];
		if (next < ni || known_until != DATE_NONE)
			day = shift_day(hc, s->start);
		if (known_until != DATE_NONE && day < known_until)
			knows(cv->m, s->staff, me, INT32_MIN, i);
		for (; next < ni && intro[next]->date <= day; next++)
			if ((k = strmap_get(cv->ts->staff_map,
			    intro[next]->staff, strlen(intro[next]->staff))) !=
			    NULL)
				knows(cv->m, (uint32_t)((uintptr_t)k - 1), me,
				    (int32_t)tz_to_utc(hc->zone, datetime_make(
				    intro[next]->date, 0)), i);
		knows(cv->m, s->staff, me, stored_end(s), i + 1);
	}
	free(intro);
}

/* hours.double-staffing and staff.introduced, over one case's shifts in
 * time order.  m holds, by staff, mark (case + 1 once the staff member
 * knows the client), known (from which UTC minute) and since (from which
 * step of l); a staff member's first shift is the step before since. */
void
staffing_case(const struct timesheet *ts, const uint32_t *l, size_t n,
    const struct case_marks *m)
{
	const struct stored *s;
	struct caseview cv = { ts, &ts->cases[ts->v[l[0]].kase], l, n, m,
	    { 0 }, false, false };
	char a[DATETIME_BUFSZ], msg[512];
	int32_t maxend = INT32_MIN;
	size_t i;
	bool overlap;

	cv.dbl = cv.hc->c->regime == REGIME_SE_PA &&
	    profile_on(cv.hc->p, R_HOURS_DOUBLE_STAFFING);
	cv.intr = profile_on(cv.hc->p, R_STAFF_INTRODUCED);
	caseidx_init(&cv.idx, ts->v, l, n);
	mark_known(&cv, (uint32_t)cv.hc->c->index + 1);
	for (i = 0; i < n; i++) {
		s = &ts->v[l[i]];
		/* no earlier shift reaches into this one when the latest end
		 * so far is before its start */
		overlap = maxend > s->start;
		if (stored_end(s) > maxend)
			maxend = stored_end(s);
		if (cv.dbl && overlap && staffs(s))
			double_staffing(&cv, i, shift_day(cv.hc, s->start));
		if (m->since[s->staff] != i + 1 || !cv.intr ||
		    s->kind == KIND_INTRODUCTION || alongside(&cv, i, overlap))
			continue;
		snprintf(msg, sizeof(msg), F_("%s's first shift with the "
		    "client, %s, had no introduction and no one who knows the "
		    "client alongside"), pseudo(PSEUDO_STAFF,
		    ts->staff[s->staff].id), shift_local_text(cv.hc->zone,
		    s->start, a));
		shift_find(ts, s, SEV_WARNING, R_STAFF_INTRODUCED, msg);
	}
	caseidx_free(&cv.idx);
}

/*
 * Visit logs.
 */

#define MAX_NAMES	8	/* new helpers named in one finding */

static int
by_first(const void *a, const void *b)
{
	const struct first_visit *x = a, *y = b;

	if (x->when != y->when)
		return x->when < y->when ? -1 : 1;
	return strcmp(x->staff, y->staff);
}

/* staff.introduced for visits: the new helpers of the period of days
 * (from VISIT_EPOCH) that begins with l[0], named in one finding. */
static void
introduced(struct findings *f, const struct care_case *c,
    const struct first_visit *l, size_t n, int days)
{
	char b[DATE_BUFSZ], e[DATE_BUFSZ], msg[600];
	cdate start = visit_period_start(visit_period(datetime_date(l[0].when),
	    days), days);
	size_t x, len;

	len = (size_t)snprintf(msg, sizeof(msg), FN_("%zu new helper with no "
	    "earlier visit or introduction in %s..%s:", "%zu new helpers with "
	    "no earlier visit or introduction in %s..%s:", n), n,
	    date_format(start, b), date_format(start + days - 1, e));
	for (x = 0; x < n && x < MAX_NAMES; x++)
		len += (size_t)snprintf(msg + len, sizeof(msg) - len,
		    "%s %s (%s)", x > 0 ? "," : "", pseudo(PSEUDO_STAFF,
		    l[x].staff), date_format(datetime_date(l[x].when), b));
	if (n > MAX_NAMES)
		snprintf(msg + len, sizeof(msg) - len, F_(" and %zu more"),
		    n - MAX_NAMES);
	rule_find(f, &l[0].pos, c, SEV_INFO, R_STAFF_INTRODUCED,
	    datetime_date(l[0].when), "%s", msg);
}

/* The earliest introduction of each staff member to the case, by id: a
 * client's helpers are looked up once each, not by a walk of its events. */
static void
intro_map(const struct care_case *c, struct strmap *m)
{
	const struct event *e;
	void **v;
	size_t i;
	int fresh;

	strmap_init(m);
	for (i = 0; i < c->nevents; i++) {
		e = &c->events[i];
		if (e->type != EV_INTRODUCTION || e->staff == NULL)
			continue;
		v = strmap_put(m, e->staff, strlen(e->staff), &fresh);
		if (fresh || ((const struct event *)*v)->date > e->date)
			*v = (void *)(uintptr_t)e;
	}
}

/* staff.introduced and visit.unknown-helper-notice: helpers whose first
 * visit to a client (of the n in l, which this sorts) came with no
 * introduction before it and after the baseline, named by period of
 * days. */
void
staff_new_helpers(struct findings *f, const struct care_case *c,
    const struct profile *p, struct first_visit *l, size_t n, int days)
{
	bool intr = profile_on(p, R_STAFF_INTRODUCED) && days > 0;
	bool vi = c->visually_impaired &&
	    profile_on(p, R_VISIT_UNKNOWN_HELPER_NOTICE);
	char a[DATETIME_BUFSZ];
	const struct event *e;
	struct strmap intros;
	cdate known_until, day;
	cminute first = INT64_MAX;
	size_t i, j, k = 0;
	int32_t per;

	if ((!intr && !vi) || n == 0)
		return;
	intro_map(c, &intros);
	for (i = 0; i < n; i++)
		if (l[i].when < first)
			first = l[i].when;
	known_until = staff_known_until(c, p, datetime_date(first));
	for (i = 0; i < n; i++) {
		day = datetime_date(l[i].when);
		if (known_until != DATE_NONE && day < known_until)
			continue;
		e = strmap_get(&intros, l[i].staff, strlen(l[i].staff));
		if (e == NULL || e->date > day)
			l[k++] = l[i];
	}
	strmap_free(&intros);
	qsort(l, k, sizeof(*l), by_first);
	for (i = 0; vi && i < k; i++)
		if (!l[i].told)
			rule_find(f, &l[i].pos, c, SEV_WARNING,
			    R_VISIT_UNKNOWN_HELPER_NOTICE,
			    datetime_date(l[i].when), "%s came to the visually "
			    "impaired client for the first time, %s, and the "
			    "client was not phoned beforehand",
			    pseudo(PSEUDO_STAFF, l[i].staff),
			    datetime_format(l[i].when, a));
	for (i = 0; intr && i < k; i = j) {
		per = visit_period(datetime_date(l[i].when), days);
		for (j = i; j < k && visit_period(datetime_date(l[j].when),
		    days) == per; j++)
			;
		introduced(f, c, l + i, j - i, days);
	}
}
