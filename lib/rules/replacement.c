/* Missed visits and what made them good (see replacement.h). */
#include "replacement.h"
#include "text.h"
#include "visit_common.h"

static enum rule_id
rule_of(enum service_name s)
{
	return service_kind(s) == SERVICE_PRACTICAL ? R_VISIT_REPLACEMENT :
	    R_VISIT_PERSONAL_SAME_DAY;
}

/* The time a missed visit of service s on day has to be made good in:
 * personal care granted at most low_frequency times a week has longer. */
static struct duration
within(const struct care_case *c, const struct profile *p,
    enum service_name s, cdate day)
{
	enum rule_id r = rule_of(s);
	const struct service *g;

	if (r == R_VISIT_PERSONAL_SAME_DAY &&
	    (g = service_granted(c, s, day)) != NULL && g->per_week > 0 &&
	    g->per_week <= (int)profile_num(p, r, "low_frequency"))
		return profile_dur(p, r, "low_frequency_within");
	return profile_dur(p, r, "within");
}

/* The last day a visit of service s missed on day may be made good, for
 * the rule and for the service's interval; false when the profile gives
 * the rule no time (a regime it does not apply to). */
bool
replacement_due(const struct care_case *c, const struct profile *p,
    enum service_name s, cdate day, cdate *due)
{
	enum rule_id r = rule_of(s);

	if (!profile_param(p, r, "within")->set)
		return false;
	*due = cal_add(regime_country(c->regime), day, within(c, p, s, day));
	return true;
}

/* visit.replacement or visit.personal-same-day for a missed visit made
 * good on day made (DATE_NONE: not at all), in a log that ends on last. */
void
replacement_judge(struct findings *f, const struct care_case *c,
    const struct profile *p, const struct missed_visit *m, cdate made,
    cdate last)
{
	enum rule_id rule = rule_of(m->svc);
	char a[DATE_BUFSZ], b[DATE_BUFSZ], d[DATE_BUFSZ], w[32];
	char q[TEXT_QUOTE_MAX];
	const char *what = service_name(m->svc), *id;
	struct duration in;
	cdate due;

	if (!profile_on(p, rule))
		return;
	in = within(c, p, m->svc, m->day);
	due = cal_add(regime_country(c->regime), m->day, in);
	id = visit_id_text(m->id, q);
	date_format(m->day, a);
	date_format(due, b);
	dur_format(in, w, sizeof(w));
	if (made == DATE_NONE) {
		if (due > last)
			return;	/* still in time when the log ends */
		if (in.n == 0)
			rule_find(f, &m->pos, c, SEV_ERROR, rule, m->day, "%s "
			    "visit %s of %s, missed by the provider, was not "
			    "delivered the same day", what, id, a);
		else
			rule_find(f, &m->pos, c, SEV_ERROR, rule, due, "%s "
			    "visit %s of %s, missed by the provider, was not "
			    "replaced by %s (%s)", what, id, a, b, w);
	} else if (made > due && in.n == 0)
		rule_find(f, &m->pos, c, SEV_ERROR, rule, due, "%s visit %s of "
		    "%s, missed by the provider, was delivered %s, not the "
		    "same day", what, id, a, date_format(made, d));
	else if (made > due)
		rule_find(f, &m->pos, c, SEV_ERROR, rule, due, "%s visit %s of "
		    "%s, missed by the provider, was replaced %s, after %s "
		    "(%s)", what, id, a, date_format(made, d), b, w);
	else if (rule == R_VISIT_REPLACEMENT && !m->told)
		rule_find(f, &m->pos, c, SEV_WARNING, rule, m->day, "%s visit "
		    "%s of %s, missed by the provider, was replaced %s "
		    "without the client being told", what, id, a,
		    date_format(made, d));
}
