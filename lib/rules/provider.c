/* provider.start (see provider.h). */
#include "provider.h"

/* The first help after the provider was chosen, from a visit log that
 * runs from first to last. */
static void
start(struct findings *f, const struct care_case *c, const struct profile *p,
    const struct event *e, const struct visit_days *vd, cdate first,
    cdate last)
{
	struct duration within = profile_dur(p, R_PROVIDER_START, e->urgent ?
	    "urgent_within" : "within");
	unsigned want = e->urgent ? DAY_PERSONAL : DAY_PRACTICAL;
	const char *kind = e->urgent ? "urgent personal help" :
	    "practical help";
	char a[DATE_BUFSZ], b[DATE_BUFSZ], d[DATE_BUFSZ], w[32];
	cdate due, day;

	if (e->chosen == DATE_NONE || e->chosen < first || e->chosen > last)
		return;
	due = cal_add(regime_country(c->regime), e->chosen, within);
	for (day = e->chosen; day <= last; day++)
		if (vd->flags(vd->arg, day) & want)
			break;
	date_format(e->chosen, a);
	date_format(due, b);
	dur_format(within, w, sizeof(w));
	if (day <= last && day > due)
		rule_find(f, &e->pos, c, SEV_ERROR, R_PROVIDER_START, due,
		    "%s first came %s, later than %s (%s after the provider "
		    "was chosen on %s)", kind, date_format(day, d), b, w, a);
	else if (day > last && due <= last)
		rule_find(f, &e->pos, c, SEV_ERROR, R_PROVIDER_START, due,
		    "no %s by %s (%s after the provider was chosen on %s)",
		    kind, b, w, a);
}

/* provider.start for every choice of provider a case records, judged by
 * the visits of a log from first to last. */
void
provider_start_visits(struct findings *f, const struct care_case *c,
    const struct profile *p, const struct visit_days *vd, cdate first,
    cdate last)
{
	size_t i;

	if (!profile_on(p, R_PROVIDER_START))
		return;
	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_PROVIDER_CHOICE)
			start(f, c, p, &c->events[i], vd, first, last);
}
