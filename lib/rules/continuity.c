/* visit.continuity (see continuity.h). */
#include <string.h>

#include "continuity.h"
#include "visit_common.h"

/* A period in days; 14 for one given in other units. */
static int
period_days(struct duration d)
{
	if (d.unit == DUR_DAYS && d.n > 0)
		return d.n;
	if (d.unit == DUR_WEEKS && d.n > 0)
		return 7 * d.n;
	return 14;
}

/* The periods and hours of the day a profile counts visits in, set even
 * when the rule is off (staff.introduced names new helpers by period);
 * without hours none is counted. */
void
continuity_window(const struct profile *p, struct continuity_window *w)
{
	const struct param_value *period, *from, *to;

	memset(w, 0, sizeof(*w));
	period = profile_param(p, R_VISIT_CONTINUITY, "period");
	from = profile_param(p, R_VISIT_CONTINUITY, "day_from");
	to = profile_param(p, R_VISIT_CONTINUITY, "day_to");
	if (period->set)
		w->days = period_days(period->dur);
	if (from->set && to->set) {
		w->from = from->time;
		w->to = to->time;
	}
}

/* Whether a case's periods are counted, for the rule and --continuity. */
bool
continuity_counted(const struct profile *p)
{
	return profile_on(p, R_VISIT_CONTINUITY);
}

/* More different staff in a period than the profile allows. */
void
continuity_judge(struct findings *f, const struct care_case *c,
    const struct profile *p, const struct continuity_window *w,
    const struct continuity_period *per)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ], fr[CLOCK_BUFSZ], to[CLOCK_BUFSZ];
	double max;

	if (!profile_on(p, R_VISIT_CONTINUITY))
		return;
	max = profile_num(p, R_VISIT_CONTINUITY, "max_staff");
	if (per->staff > max)
		rule_find(f, &c->pos, c, SEV_WARNING, R_VISIT_CONTINUITY,
		    per->start, "%u different staff in %s..%s (visits %s-%s), "
		    "more than %.0f", per->staff, date_format(per->start, a),
		    date_format(per->end, b), clock_text(w->from, fr),
		    clock_text(w->to, to), max);
}
