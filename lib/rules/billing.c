/* Billing rules (see billing.h). */
#include <math.h>

#include "billing.h"

/* billing.fk: the amount of the billable hours of a period that starts in
 * year y0, at each year's rate; NAN when the case is not billed to FK or
 * a year has no rate (reported once per year). */
double
billing_fk(struct timesheet *ts, const struct hcase *hc,
    const struct period *per, int y0, double billable)
{
	const struct care_case *c = hc->c;
	double rate, sum = 0;
	bool missing = false;
	int i, y;

	if (c->funder != FUNDER_FK || !profile_on(hc->p, R_BILLING_FK))
		return NAN;
	if (per->inside <= 0)
		return 0;
	for (i = 0; i < 2; i++) {
		if (per->inside_year[i] <= 0)
			continue;
		y = y0 + i;
		if (profile_rate(hc->p, R_BILLING_FK, "rates", y, &rate)) {
			sum += per->inside_year[i] * rate;
			continue;
		}
		missing = true;
		if (y >= 1900 && y < 2200 && !ts->rate_missing[y - 1900]) {
			ts->rate_missing[y - 1900] = true;
			rule_find(ts->f, &c->pos, c, SEV_WARNING, R_BILLING_FK,
			    date_from_ymd(y, 1, 1), "no FK hourly rate for %d "
			    "in the profile (billing.fk rates): amounts for %d "
			    "are left out", y, y);
		}
	}
	return missing ? NAN : sum * billable / per->inside;
}
