/* What the visit-compliance families share (see visit_common.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shifts.h"
#include "text.h"
#include "visit_common.h"
#include "xalloc.h"

/* The reasons of absence that owe no visit: the client is not at home
 * (004 § 9 "indlagt, på aflastningsophold, ferie eller lignende"). */
static bool
away_reason(enum absence_reason r)
{
	return r == REASON_HOSPITAL || r == REASON_RESPITE ||
	    r == REASON_HOLIDAY;
}

static int
by_from(const void *a, const void *b)
{
	const struct away_span *x = a, *y = b;

	if (x->from != y->from)
		return x->from < y->from ? -1 : 1;
	return x->to < y->to ? -1 : x->to > y->to;
}

void
away_init(struct away *w, const struct care_case *c)
{
	const struct event *e;
	struct away_span *v;
	size_t i, n = 0;

	w->v = NULL;
	w->n = 0;
	for (i = 0; i < c->nevents; i++) {
		e = &c->events[i];
		if (e->type != EV_ABSENCE || !away_reason(e->reason) ||
		    e->from == DATE_NONE || (e->to != DATE_NONE &&
		    e->to < e->from))
			continue;
		w->v = xreallocarray(w->v, w->n + 1, sizeof(*w->v));
		w->v[w->n].from = e->from;
		w->v[w->n++].to = e->to == DATE_NONE ? AWAY_NEVER : e->to;
	}
	if (w->n < 2)
		return;
	qsort(w->v, w->n, sizeof(*w->v), by_from);
	for (v = w->v, i = 1; i < w->n; i++)
		if (w->v[i].from <= v[n].to || w->v[i].from - 1 == v[n].to) {
			if (w->v[i].to > v[n].to)
				v[n].to = w->v[i].to;
		} else
			v[++n] = w->v[i];
	w->n = n + 1;
}

void
away_free(struct away *w)
{
	free(w->v);
	w->v = NULL;
	w->n = 0;
}

/* The first span that ends on or after day, or w->n. */
static size_t
away_from(const struct away *w, cdate day)
{
	size_t lo = 0, hi = w->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (w->v[mid].to < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool
away_on(const struct away *w, cdate day)
{
	size_t i = away_from(w, day);

	return i < w->n && w->v[i].from <= day;
}

/* The days (working days, with wd) from lo to hi the client is away;
 * an open absence counts to hi. */
int
away_days(const struct away *w, enum country co, cdate lo, cdate hi,
    bool wd)
{
	size_t i;
	cdate a, b, d;
	int n = 0;

	for (i = away_from(w, lo); i < w->n && w->v[i].from <= hi; i++) {
		a = w->v[i].from > lo ? w->v[i].from : lo;
		b = w->v[i].to < hi ? w->v[i].to : hi;
		if (!wd)
			n += b - a + 1;
		else
			for (d = a; d <= b; d++)
				n += cal_is_workday(co, d);
	}
	return n;
}

/* A due date counted from the day after, moved later by the days (working
 * days, with wd) the client is away from then on: the time stops while
 * the client is away.  AWAY_NEVER when an absence with no end comes
 * first; *added is the days the time stopped. */
cdate
away_extend(const struct away *w, enum country co, cdate after, cdate due,
    bool wd, int *added)
{
	size_t i;
	int k;

	*added = 0;
	for (i = away_from(w, after + 1); i < w->n && w->v[i].from <= due;
	    i++) {
		if (w->v[i].to == AWAY_NEVER)
			return AWAY_NEVER;
		k = away_days(w, co, w->v[i].from > after ? w->v[i].from :
		    after + 1, w->v[i].to, wd);
		if (k == 0)
			continue;
		*added += k;
		due = wd ? cal_workdays_after(co, due, k) : due + k;
	}
	return due;
}

/* The service as granted on a day, or NULL. */
const struct service *
service_granted(const struct care_case *c, enum service_name s, cdate day)
{
	const struct decision *dec;
	size_t i, j;

	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (!decision_in_force(dec, day))
			continue;
		for (j = 0; j < dec->nservices; j++)
			if (dec->services[j].what == s)
				return &dec->services[j];
	}
	return NULL;
}

/* A visit id for a message: as it is when plain, else quoted, so that
 * nothing shaped like a personal identity number is printed.  buf holds
 * TEXT_QUOTE_MAX. */
const char *
visit_id_text(const char *id, char *buf)
{
	size_t len = strlen(id);

	return shift_id_ok(id, len) ? id : text_quote(buf, TEXT_QUOTE_MAX,
	    id, len);
}

/* Minutes after midnight as HH:MM; buf holds CLOCK_BUFSZ. */
char *
clock_text(int t, char *buf)
{
	snprintf(buf, CLOCK_BUFSZ, "%02d:%02d", (t / 60) % 100, t % 60);
	return buf;
}
