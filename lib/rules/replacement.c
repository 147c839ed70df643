/* Missed visits and what made them good (see replacement.h). */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
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

/* The last day a visit missed on day may be made good in time in: the
 * days the client is away from home after it (working days, for a time
 * in them) do not count; *added is how many there were. */
static cdate
due_of(const struct care_case *c, const struct away *w, struct duration in,
    cdate day, int *added)
{
	enum country co = regime_country(c->regime);

	return away_extend(w, co, day, cal_add(co, day, in),
	    in.unit == DUR_WORKDAYS, added);
}

/* The last day a visit of service s missed on day may be made good, for
 * the rule and for the service's interval; false when the profile gives
 * the rule no time (a regime it does not apply to) or the client was away
 * that day, when nothing is owed. */
bool
replacement_due(const struct care_case *c, const struct profile *p,
    const struct away *w, enum service_name s, cdate day, cdate *due)
{
	enum rule_id r = rule_of(s);
	int added;

	if (!profile_param(p, r, "within")->set || away_on(w, day))
		return false;
	*due = due_of(c, w, within(c, p, s, day), day, &added);
	return true;
}

/* visit.replacement or visit.personal-same-day for a missed visit made
 * good on day made (DATE_NONE: not at all), in a log that ends on last;
 * none is owed for a day the client was away (004 § 9). */
void
replacement_judge(struct findings *f, const struct care_case *c,
    const struct profile *p, const struct away *aw,
    const struct missed_visit *m, cdate made, cdate last)
{
	enum rule_id rule = rule_of(m->svc);
	char a[DATE_BUFSZ], b[DATE_BUFSZ] = "", d[DATE_BUFSZ], w[96], n[32];
	char q[TEXT_QUOTE_MAX];
	const char *what = service_name(m->svc), *id;
	struct duration in, away;
	cdate due;
	int added;
	size_t len;

	if (!profile_on(p, rule) || away_on(aw, m->day))
		return;
	in = within(c, p, m->svc, m->day);
	due = due_of(c, aw, in, m->day, &added);
	id = visit_id_text(m->id, q);
	date_format(m->day, a);
	dur_format(in, w, sizeof(w));
	len = strlen(w);
	if (added > 0) {
		away.n = added;
		away.unit = in.unit == DUR_WORKDAYS ? DUR_WORKDAYS : DUR_DAYS;
		snprintf(w + len, sizeof(w) - len, F_(", not counting %s away "
		    "from home"), dur_format(away, n, sizeof(n)));
	}
	if (due != AWAY_NEVER)	/* else away from then on, with no end */
		date_format(due, b);
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
