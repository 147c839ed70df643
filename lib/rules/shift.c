/* Shifts of a timesheet (see shift.h). */
#include <math.h>
#include <stdio.h>

#include "i18n.h"
#include "shift.h"

/* Local clock text of a UTC minute in a zone: "2026-03-01 07:00". */
char *
shift_local_text(enum zone z, int32_t utc, char *buf)
{
	return datetime_format(tz_to_local(z, utc), buf);
}

/* "07:00" of a UTC minute in a zone; buf holds 8 bytes. */
const char *
shift_clock_text(enum zone z, int32_t utc, char *buf)
{
	int t = datetime_clock(tz_to_local(z, utc));

	snprintf(buf, 8, "%02d:%02d", (t / 60) % 100, t % 60);
	return buf;
}

int
floor_div(long a, long b)
{
	return (int)(a >= 0 ? a / b : -((-a + b - 1) / b));
}

/* A finding about a stored shift, at its line, on its local day. */
struct finding *
shift_find(const struct timesheet *ts, const struct stored *s,
    enum severity sev, enum rule_id rule, const char *msg)
{
	const struct hcase *hc = &ts->cases[s->kase];
	struct srcpos pos = stored_pos(ts, s);

	return rule_find(ts->f, &pos, hc->c, sev, rule, shift_day(hc,
	    s->start), "%s", msg);
}

/* A finding about a stored shift whose message make makes from args
 * when it is written (findings_add_later). */
struct finding *
shift_find_later(const struct timesheet *ts, const struct stored *s,
    enum severity sev, enum rule_id rule, finding_make_fn *make,
    const void *args, size_t size)
{
	const struct hcase *hc = &ts->cases[s->kase];
	struct srcpos pos = stored_pos(ts, s);
	struct finding *x;

	x = findings_add_later(ts->f, &pos, hc->c->id, sev, rule,
	    shift_day(hc, s->start), make, args, size);
	x->group = (uint32_t)hc->c->index;
	return x;
}

/* A clock time the autumn night shows twice is read as the first, in
 * summer time; said as info, for the hours turn on it. */
static void
twice(struct findings *f, const struct srcpos *pos, const struct hcase *hc,
    cminute t, enum tz_local k, const char *what)
{
	char a[DATETIME_BUFSZ];

	if (k == TZ_LOCAL_TWICE)
		rule_find(f, pos, hc->c, SEV_INFO, R_BILLING_DST,
		    datetime_date(t), "%s %s happens twice in %s (the clock "
		    "is put back an hour that night); it is read as the "
		    "first, in summer time", what, datetime_format(t, a),
		    tz_name(hc->zone));
}

/* billing.dst: hours stated in the row against the elapsed time from
 * start to end (UTC minutes), which differ on the nights the clock
 * changes. */
void
shift_dst(struct findings *f, const struct srcpos *pos,
    const struct hcase *hc, const struct shift_row *r, int64_t start,
    int64_t end, enum tz_local ks, enum tz_local ke)
{
	double elapsed = (double)(end - start);
	char a[DATETIME_BUFSZ], e[8];

	if (!profile_on(hc->p, R_BILLING_DST))
		return;
	twice(f, pos, hc, r->start, ks, "start");
	twice(f, pos, hc, r->end, ke, "end");
	if (r->stated < 0 || !(fabs(r->stated * 60 - elapsed) > 1))
		return;
	rule_find(f, pos, hc->c, SEV_ERROR, R_BILLING_DST,
	    datetime_date(r->start), "shift %s-%s is %.2f h of elapsed time in "
	    "%s, not the %.2f h stated%s", datetime_format(r->start, a),
	    shift_clock_text(hc->zone, (int32_t)end, e),
	    elapsed / 60, tz_name(hc->zone), r->stated,
	    (end - start) != r->end - r->start ? F_(" (the clock changes that "
	    "night)") : "");
}
