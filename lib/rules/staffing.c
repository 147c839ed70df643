/* Staffing rules (see staffing.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pseudo.h"
#include "staffing.h"
#include "visit_common.h"

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

/* The first day a helper was introduced to the client, DATE_NONE when
 * the case records no introduction. */
cdate
staff_introduction(const struct care_case *c, const char *staff)
{
	cdate best = DATE_NONE;
	size_t i;

	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_INTRODUCTION &&
		    c->events[i].staff != NULL &&
		    strcmp(c->events[i].staff, staff) == 0 &&
		    (best == DATE_NONE || c->events[i].date < best))
			best = c->events[i].date;
	return best;
}

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

	len = (size_t)snprintf(msg, sizeof(msg), "%zu new helper%s with no "
	    "earlier visit or introduction in %s..%s:", n, n == 1 ? "" : "s",
	    date_format(start, b), date_format(start + days - 1, e));
	for (x = 0; x < n && x < MAX_NAMES; x++)
		len += (size_t)snprintf(msg + len, sizeof(msg) - len,
		    "%s %s (%s)", x > 0 ? "," : "", pseudo(PSEUDO_STAFF,
		    l[x].staff), date_format(datetime_date(l[x].when), b));
	if (n > MAX_NAMES)
		snprintf(msg + len, sizeof(msg) - len, " and %zu more",
		    n - MAX_NAMES);
	rule_find(f, &l[0].pos, c, SEV_INFO, R_STAFF_INTRODUCED,
	    datetime_date(l[0].when), "%s", msg);
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
	cdate known_until, day, intro;
	cminute first = INT64_MAX;
	size_t i, j, k = 0;
	int32_t per;

	if ((!intr && !vi) || n == 0)
		return;
	for (i = 0; i < n; i++)
		if (l[i].when < first)
			first = l[i].when;
	known_until = staff_known_until(c, p, datetime_date(first));
	for (i = 0; i < n; i++) {
		day = datetime_date(l[i].when);
		if (known_until != DATE_NONE && day < known_until)
			continue;
		intro = staff_introduction(c, l[i].staff);
		if (intro == DATE_NONE || intro > day)
			l[k++] = l[i];
	}
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
