/* The rules one visit shows by itself (see visit_row.h). */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "visit_common.h"
#include "visit_row.h"

void
visit_checks_init(struct visit_checks *vr, const struct care_case *c,
    const struct profile *p)
{
	memset(vr, 0, sizeof(*vr));
	vr->c = c;
	vr->p = p;
	vr->country = regime_country(c->regime);
	vr->wday = DATE_NONE;
	vr->w_from = vr->w_to = vr->w_meals = -1;
	vr->together = -1;
	if (profile_on(p, R_VISIT_WINDOW)) {
		vr->w_from = profile_time(p, R_VISIT_WINDOW, "from");
		vr->w_to = profile_time(p, R_VISIT_WINDOW, "to");
		vr->w_meals = profile_time(p, R_VISIT_WINDOW, "meals_until");
		vr->together = dur_minutes(profile_dur(p, R_VISIT_WINDOW,
		    "together_within"));
	}
	vr->moved = profile_on(p, R_VISIT_MOVED) ? dur_minutes(profile_dur(p,
	    R_VISIT_MOVED, "tolerance")) : -1;
	vr->excused = profile_on(p, R_VISIT_EXCUSED);
}

static bool
workday(struct visit_checks *vr, cdate day)
{
	if (day != vr->wday) {
		vr->wday = day;
		vr->wday_work = cal_is_workday(vr->country, day);
	}
	return vr->wday_work;
}

/* visit.window's warning for practical help outside the hours or
 * days. */
static void
outside(struct visit_checks *vr, struct findings *f, const struct srcpos *pos,
    const char *id, enum service_name svc, cminute a, cminute b)
{
	static const char *const days[] = { "", N_("Monday"), N_("Tuesday"),
	    N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
	    N_("Sunday") };
	char ta[DATETIME_BUFSZ], tb[CLOCK_BUFSZ], fr[CLOCK_BUFSZ];
	char to[CLOCK_BUFSZ], q[TEXT_QUOTE_MAX];
	cdate day = datetime_date(a);
	int wd;

	datetime_format(a, ta);
	clock_text(datetime_clock(b), tb);
	clock_text(vr->w_from, fr);
	clock_text(vr->w_to, to);
	if (!workday(vr, day)) {
		wd = date_weekday(day);
		rule_find(f, pos, vr->c, SEV_WARNING, R_VISIT_WINDOW, day,
		    "visit %s (%s) %s-%s is on %s; practical help comes on "
		    "working days %s-%s", visit_id_text(id, q),
		    service_name(svc), ta, tb, wd >= 6 ? F_(days[wd]) :
		    F_("a public holiday"), fr, to);
	} else
		rule_find(f, pos, vr->c, SEV_WARNING, R_VISIT_WINDOW, day,
		    "visit %s (%s) %s-%s is outside %s-%s",
		    visit_id_text(id, q), service_name(svc), ta, tb, fr, to);
}

/* Whether practical help from a to b runs on into the evening of a
 * working day (after the window, not before it, and not past midnight):
 * allowed together with other help (004 § 11). */
static bool
evening(struct visit_checks *vr, cminute a, cminute b)
{
	cdate day = datetime_date(a);

	return vr->together >= 0 && workday(vr, day) &&
	    a >= datetime_make(day, vr->w_from) &&
	    b > datetime_make(day, vr->w_to) && b <= datetime_make(day + 1, 0);
}

/* visit.window: practical help on working days inside the hours; main
 * meals not heated after the hour.  True for practical help in the
 * evening, which the end judges with the other help. */
static bool
window(struct visit_checks *vr, struct findings *f, const struct srcpos *pos,
    const struct visit_parse *p, cminute a, cminute b)
{
	enum service_kind kind = service_kind(p->service);
	const struct service *s;
	char ta[DATETIME_BUFSZ], tb[CLOCK_BUFSZ], mu[CLOCK_BUFSZ];
	char q[TEXT_QUOTE_MAX];
	cdate day = datetime_date(a);

	if (kind == SERVICE_PERSONAL || vr->w_from < 0)
		return false;
	if (kind == SERVICE_PRACTICAL) {
		if (workday(vr, day) && a >= datetime_make(day, vr->w_from) &&
		    b <= datetime_make(day, vr->w_to))
			return false;
	} else if (a <= datetime_make(day, vr->w_meals))
		return false;
	if ((s = service_granted(vr->c, p->service, day)) != NULL &&
	    s->outside_hours)
		return false;
	if (kind == SERVICE_MEAL)
		rule_find(f, pos, vr->c, SEV_WARNING, R_VISIT_WINDOW, day,
		    "visit %s (%s) %s-%s heats a main meal after %s",
		    visit_id_text(p->id, q), service_name(p->service),
		    datetime_format(a, ta), clock_text(datetime_clock(b), tb),
		    clock_text(vr->w_meals, mu));
	else if (evening(vr, a, b))
		return true;
	else
		outside(vr, f, pos, p->id, p->service, a, b);
	return false;
}

/* visit.window and visit.moved for a delivered visit that came from a to
 * b, moved minutes of elapsed time after its planned start.  True when
 * the visit is practical help in the evening, for the engine to keep for
 * visit_row_evening. */
bool
visit_row_delivered(struct visit_checks *vr, struct findings *f,
    const struct srcpos *pos, const struct visit_parse *p, cminute a,
    cminute b, int64_t moved)
{
	char ta[DATETIME_BUFSZ], tb[DATETIME_BUFSZ], q[TEXT_QUOTE_MAX];
	bool late = window(vr, f, pos, p, a, b);

	if (!p->has_actual_start || vr->moved < 0 || p->notified ||
	    (moved < 0 ? -moved : moved) <= vr->moved)
		return late;
	datetime_format(p->actual_start, ta);
	datetime_format(p->planned_start, tb);
	rule_find(f, pos, vr->c, SEV_WARNING, R_VISIT_MOVED,
	    datetime_date(a), moved < 0 ? N_("visit %s (%s) began %s, %lld "
	    "minutes before the agreed %s, and the client was not phoned") :
	    N_("visit %s (%s) began %s, %lld minutes after the agreed %s, and "
	    "the client was not phoned"), visit_id_text(p->id, q),
	    service_name(p->service), ta, (long long)(moved < 0 ? -moved :
	    moved), tb);
	return late;
}

/* Whether a delivered visit from a to b is other help that practical help
 * in the evening may come together with: personal care or a meal near the
 * evening of a working day (or just past its midnight). */
bool
visit_row_other_help(struct visit_checks *vr, const struct visit_parse *p,
    cminute a, cminute b)
{
	cdate day = datetime_date(a);

	if (vr->together < 0 || service_kind(p->service) == SERVICE_PRACTICAL)
		return false;
	return (b >= datetime_make(day, vr->w_to) - vr->together &&
	    workday(vr, day)) || (a <= datetime_make(day, 0) + vr->together &&
	    workday(vr, day - 1));
}

static int
by_end(const void *x, const void *y)
{
	const struct late_visit *a = x, *b = y;

	if (a->b != b->b)
		return a->b < b->b ? -1 : 1;
	return a->a < b->a ? -1 : a->a > b->a;
}

static int
by_start(const void *x, const void *y)
{
	const struct visit_span *a = x, *b = y;

	return a->a < b->a ? -1 : a->a > b->a;
}

/* visit.window at the end of the log for a case's practical help in the
 * evening: a warning unless other help of the case (personal care or a
 * meal) overlaps its evening part or comes within together_within of
 * it.  Sorts both lists. */
void
visit_row_evening(struct visit_checks *vr, struct findings *f,
    struct late_visit *late, size_t n, struct visit_span *other,
    size_t nother)
{
	cminute reach = INT64_MIN, from;
	size_t i, j = 0;

	if (n > 1)
		qsort(late, n, sizeof(*late), by_end);
	if (nother > 1)
		qsort(other, nother, sizeof(*other), by_start);
	for (i = 0; i < n; i++) {
		/* the other help begun by the late visit's end and margin */
		for (; j < nother && other[j].a <= late[i].b + vr->together;
		    j++)
			if (other[j].b > reach)
				reach = other[j].b;
		from = datetime_make(datetime_date(late[i].a), vr->w_to);
		if (late[i].a > from)
			from = late[i].a;
		if (reach < from - vr->together)
			outside(vr, f, &late[i].pos, late[i].id, late[i].svc,
			    late[i].a, late[i].b);
	}
}

/* visit.excused: a client not at home with no reason recorded, and a
 * cancellation later than the working day before. */
void
visit_row_excused(const struct visit_checks *vr, struct findings *f,
    const struct srcpos *pos, const struct visit_parse *p)
{
	char ta[DATETIME_BUFSZ], tb[DATETIME_BUFSZ], tc[DATE_BUFSZ];
	char q[TEXT_QUOTE_MAX];
	cdate pday = datetime_date(p->planned_start), cut;
	struct duration by;

	if (!vr->excused)
		return;
	datetime_format(p->planned_start, ta);
	if (p->status == VS_CLIENT_ABSENT && p->reason == VR_NONE)
		rule_find(f, pos, vr->c, SEV_INFO, R_VISIT_EXCUSED, pday,
		    "client not at home for visit %s (%s) %s, with no reason "
		    "recorded (hospital, respite or holiday)",
		    visit_id_text(p->id, q), service_name(p->service), ta);
	if (p->status != VS_CANCELLED_CLIENT || !p->has_cancelled)
		return;
	by = profile_dur(vr->p, R_VISIT_EXCUSED, "cancel_by");
	by.n = -by.n;
	cut = cal_add(vr->country, pday, by);
	if (datetime_date(p->cancelled) > cut)
		rule_find(f, pos, vr->c, SEV_INFO, R_VISIT_EXCUSED, pday,
		    "visit %s (%s) %s was cancelled %s, later than %s",
		    visit_id_text(p->id, q), service_name(p->service), ta,
		    datetime_format(p->cancelled, tb), date_format(cut, tc));
}
