/* The rules one visit shows by itself (see visit_row.h). */
#include <string.h>

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
	if (profile_on(p, R_VISIT_WINDOW)) {
		vr->w_from = profile_time(p, R_VISIT_WINDOW, "from");
		vr->w_to = profile_time(p, R_VISIT_WINDOW, "to");
		vr->w_meals = profile_time(p, R_VISIT_WINDOW, "meals_until");
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

/* visit.window: practical help on working days inside the hours; main
 * meals not heated after the hour. */
static void
window(struct visit_checks *vr, struct findings *f, const struct srcpos *pos,
    const struct visit_parse *p, cminute a, cminute b)
{
	static const char *const days[] = { "", "Monday", "Tuesday",
	    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
	enum service_kind kind = service_kind(p->service);
	const struct service *s;
	char ta[DATETIME_BUFSZ], tb[CLOCK_BUFSZ], fr[CLOCK_BUFSZ];
	char to[CLOCK_BUFSZ], q[TEXT_QUOTE_MAX];
	const char *what = service_name(p->service);
	cdate day = datetime_date(a);
	int wd;

	if (kind == SERVICE_PERSONAL || vr->w_from < 0)
		return;
	if (kind == SERVICE_PRACTICAL) {
		if (workday(vr, day) && a >= datetime_make(day, vr->w_from) &&
		    b <= datetime_make(day, vr->w_to))
			return;
	} else if (a <= datetime_make(day, vr->w_meals))
		return;
	if ((s = service_granted(vr->c, p->service, day)) != NULL &&
	    s->outside_hours)
		return;
	datetime_format(a, ta);
	clock_text(datetime_clock(b), tb);
	clock_text(vr->w_from, fr);
	clock_text(vr->w_to, to);
	if (kind == SERVICE_MEAL)
		rule_find(f, pos, vr->c, SEV_WARNING, R_VISIT_WINDOW, day,
		    "visit %s (%s) %s-%s heats a main meal after %s",
		    visit_id_text(p->id, q), what, ta, tb,
		    clock_text(vr->w_meals, fr));
	else if (!workday(vr, day)) {
		wd = date_weekday(day);
		rule_find(f, pos, vr->c, SEV_WARNING, R_VISIT_WINDOW, day,
		    "visit %s (%s) %s-%s is on %s; practical help comes on "
		    "working days %s-%s", visit_id_text(p->id, q), what, ta,
		    tb, wd >= 6 ? days[wd] : "a public holiday", fr, to);
	} else
		rule_find(f, pos, vr->c, SEV_WARNING, R_VISIT_WINDOW, day,
		    "visit %s (%s) %s-%s is outside %s-%s",
		    visit_id_text(p->id, q), what, ta, tb, fr, to);
}

/* visit.window and visit.moved for a delivered visit that came from a to
 * b. */
void
visit_row_delivered(struct visit_checks *vr, struct findings *f,
    const struct srcpos *pos, const struct visit_parse *p, cminute a,
    cminute b)
{
	char ta[DATETIME_BUFSZ], tb[DATETIME_BUFSZ], q[TEXT_QUOTE_MAX];
	int64_t off;

	window(vr, f, pos, p, a, b);
	if (!p->has_actual_start || vr->moved < 0 || p->notified)
		return;
	off = p->actual_start - p->planned_start;
	if ((off < 0 ? -off : off) <= vr->moved)
		return;
	datetime_format(p->actual_start, ta);
	datetime_format(p->planned_start, tb);
	rule_find(f, pos, vr->c, SEV_WARNING, R_VISIT_MOVED,
	    datetime_date(a), "visit %s (%s) began %s, %lld minutes %s the "
	    "agreed %s, and the client was not phoned",
	    visit_id_text(p->id, q), service_name(p->service), ta,
	    (long long)(off < 0 ? -off : off), off < 0 ? "before" : "after",
	    tb);
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
