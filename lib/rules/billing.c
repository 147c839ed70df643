/* Billing rules (see billing.h). */
#include <math.h>

#include "billing.h"

/* The FK hourly rate of year y; false, reported once for the year, when
 * the profile has none: no rate is ever guessed. */
static bool
rate_of(struct timesheet *ts, const struct hcase *hc, int y, double *rate)
{
	const struct care_case *c = hc->c;

	if (profile_rate(hc->p, R_BILLING_FK, "rates", y, rate))
		return true;
	if (y >= 1900 && y < 2200 && !ts->rate_missing[y - 1900]) {
		ts->rate_missing[y - 1900] = true;
		rule_find(ts->f, &c->pos, c, SEV_WARNING, R_BILLING_FK,
		    date_from_ymd(y, 1, 1), "no FK hourly rate for %d in the "
		    "profile (billing.fk rates): amounts for %d are left out",
		    y, y);
	}
	return false;
}

/* Whether the case's hours are billed to FK at all. */
static bool
billed(const struct hcase *hc)
{
	return hc->c->funder == FUNDER_FK && profile_on(hc->p, R_BILLING_FK);
}

/* billing.fk: the amount of the billable hours of a period that starts in
 * year y0, each year's hours at its rate; when the grant runs out, the
 * hours cut are the latest, so the second year's first.  NAN when the
 * case is not billed to FK or a year has no rate (reported once a
 * year). */
double
billing_fk(struct timesheet *ts, const struct hcase *hc,
    const struct period *per, int y0, double billable)
{
	double rate, sum = 0, h[2], left = billable;
	bool missing = false;
	int i;

	if (!billed(hc))
		return NAN;
	if (per->inside <= 0)
		return 0;
	h[0] = per->inside_year[0] < left ? per->inside_year[0] : left;
	h[1] = left - h[0];
	for (i = 0; i < 2; i++) {
		if (per->inside_year[i] <= 0)
			continue;
		if (rate_of(ts, hc, y0 + i, &rate))
			sum += h[i] * rate;
		else
			missing = true;
	}
	return missing ? NAN : sum;
}

/* billing.fk for hours of one year (a month's row of -s --per month). */
double
billing_fk_hours(struct timesheet *ts, const struct hcase *hc, int y,
    double hours)
{
	double rate;

	if (!billed(hc))
		return NAN;
	if (hours <= 0)
		return 0;
	return rate_of(ts, hc, y, &rate) ? hours * rate : NAN;
}

/* The FK rate a case's hours of year y are billed at, for the time
 * report's amount; false when the case is not billed to FK or the
 * profile has no rate for the year (billing_fk reports that). */
bool
billing_rate(const struct hcase *hc, int y, double *rate)
{
	return billed(hc) && profile_rate(hc->p, R_BILLING_FK, "rates", y,
	    rate);
}
