/* visit.frequency (see frequency.h). */
#include <stdio.h>

#include "i18n.h"
#include "frequency.h"

/* Whether the visits of a granted service are counted day by day. */
bool
frequency_counted(const struct service *s)
{
	return s->every.n > 0 || s->per_week > 0;
}

/* A day at the edge of a stretch without visits, and why it is one. */
static const char *
edge(cdate d, const char *why, char *buf, size_t size)
{
	char a[DATE_BUFSZ];

	if (why != NULL)
		snprintf(buf, size, "%s (%s)", date_format(d, a), why);
	else
		snprintf(buf, size, F_("the visit of %s"), date_format(d, a));
	return buf;
}

/* Whether a service's interval is in months or years: kept per calendar
 * month ("1 gang månedlig"), not per so many days. */
static bool
calendar(const struct service *s)
{
	return s->every.unit == DUR_MONTHS || s->every.unit == DUR_YEARS;
}

/* The last day a visit after one on prev (or an edge) is due: the
 * interval on or, in months or years, the end of the calendar month or
 * year it reaches; then the days the client is away added. */
static cdate
next_due(const struct service *s, const struct away *w, enum country co,
    cdate prev)
{
	cdate due;
	int added;

	if (s->every.unit == DUR_YEARS)
		due = date_from_ymd(date_year(prev) + s->every.n, 12, 31);
	else if (calendar(s))
		due = date_month_end(date_add_months(date_month_start(prev),
		    s->every.n));
	else
		due = cal_add(co, prev, s->every);
	return away_extend(w, co, prev, due, false, &added);
}

/* The finding of a stretch from prev to a visit on d after its due
 * date. */
static void
late(struct findings *f, const struct srcpos *pos, const struct care_case *c,
    const struct decision *dec, const struct service *s,
    const struct away *w, cdate prev, const char *why, cdate due, cdate d)
{
	char a[64], x[DATE_BUFSZ], y[DATE_BUFSZ], iv[32], aw[48] = "";
	int k = away_days(w, regime_country(c->regime), prev + 1, d - 1,
	    false);

	dur_format(s->every, iv, sizeof(iv));
	if (k > 0)
		snprintf(aw, sizeof(aw), F_(", %d of them away from home"), k);
	if (calendar(s))
		rule_find(f, pos, c, SEV_ERROR, R_VISIT_FREQUENCY, due + 1,
		    s->every.unit == DUR_YEARS ? (k > 0 ? N_("%s every %s under "
		    "decision %s: none from %s to the visit of %s, due by %s "
		    "(per calendar year, days away added)") : N_("%s every %s "
		    "under decision %s: none from %s to the visit of %s, due by "
		    "%s (per calendar year)")) : k > 0 ? N_("%s every %s under "
		    "decision %s: none from %s to the visit of %s, due by %s "
		    "(per calendar month, days away added)") : N_("%s every %s "
		    "under decision %s: none from %s to the visit of %s, due by "
		    "%s (per calendar month)"), service_name(s->what), iv,
		    dec->id, edge(prev, why, a, sizeof(a)), date_format(d, x),
		    date_format(due, y));
	else
		rule_find(f, pos, c, SEV_ERROR, R_VISIT_FREQUENCY, due + 1,
		    "%s every %s under decision %s: %d days from %s to the "
		    "visit of %s%s", service_name(s->what), iv, dec->id,
		    d - prev, edge(prev, why, a, sizeof(a)), date_format(d, x),
		    aw);
}

/* A service granted every so often: no stretch between visits (or the
 * edges of the decision, the case and the log) longer than that, the
 * days away from home not counted. */
static void
every(struct findings *f, const struct care_case *c,
    const struct decision *dec, const struct service *s,
    const struct visit_days *vd, const struct away *w, cdate from,
    const char *why, cdate to, cdate last)
{
	const struct srcpos *pos = s->pos.file != NULL ? &s->pos : &dec->pos;
	enum country country = regime_country(c->regime);
	char a[64], b[64], iv[32];
	cdate d, due, prev = from;

	due = next_due(s, w, country, prev);
	for (d = from; d <= to; d++) {
		if (vd->visits(vd->arg, s->what, d) == 0)
			continue;
		if (d > due)
			late(f, pos, c, dec, s, w, prev, why, due, d);
		prev = d;
		why = NULL;
		due = next_due(s, w, country, d);
	}
	if (due < to)
		rule_find(f, pos, c, SEV_ERROR, R_VISIT_FREQUENCY, due + 1,
		    "%s every %s under decision %s: no visit after %s, up to "
		    "%s", service_name(s->what), dur_format(s->every, iv,
		    sizeof(iv)), dec->id, edge(prev, why, a, sizeof(a)),
		    edge(to, to == last ? F_("end of the log") :
		    F_("end of the decision"), b, sizeof(b)));
}

/* A service granted so many times a week: each whole ISO week, each day
 * away from home owing a seventh less (rounded to the nearest whole
 * visit; never a half). */
static void
per_week(struct findings *f, const struct care_case *c,
    const struct decision *dec, const struct service *s,
    const struct visit_days *vd, const struct away *w, cdate from, cdate to)
{
	const struct srcpos *pos = s->pos.file != NULL ? &s->pos : &dec->pos;
	enum country country = regime_country(c->regime);
	char x[DATE_BUFSZ];
	cdate d, wk;
	unsigned n, owed;
	int home;

	for (wk = date_iso_week_start(from); wk + 6 <= to; wk += 7) {
		if (wk < from)
			continue;
		home = 7 - away_days(w, country, wk, wk + 6, false);
		owed = (unsigned)(2 * s->per_week * home + 7) / 14;
		for (n = 0, d = wk; d < wk + 7 && n < owed; d++)
			n += vd->visits(vd->arg, s->what, d);
		if (n >= owed)
			continue;
		if (home == 7)
			rule_find(f, pos, c, SEV_ERROR, R_VISIT_FREQUENCY, wk,
			    "%s %d a week under decision %s: %u in the week "
			    "of %s", service_name(s->what), s->per_week,
			    dec->id, n, date_format(wk, x));
		else
			rule_find(f, pos, c, SEV_ERROR, R_VISIT_FREQUENCY, wk,
			    "%s %d a week under decision %s: %u in the week "
			    "of %s, which owes %u for its %d days at home",
			    service_name(s->what), s->per_week, dec->id, n,
			    date_format(wk, x), owed, home);
	}
}

/* visit.frequency for one granted service of one decision, over the part
 * of the log (first..last) that the decision and the case cover. */
static void
service(struct findings *f, const struct care_case *c,
    const struct decision *dec, const struct service *s,
    const struct visit_days *vd, const struct away *w, cdate first,
    cdate last)
{
	const char *why = F_("start of the decision");
	cdate from = dec->from, to = last;

	if (from < first) {
		from = first;
		why = F_("start of the log");
	}
	if (c->start != DATE_NONE && from < c->start) {
		from = c->start;
		why = F_("start of the case");
	}
	if (dec->to != DATE_NONE && dec->to < to)
		to = dec->to;
	if (c->end != DATE_NONE && c->end < to)
		to = c->end;
	if (to < from)
		return;
	if (s->every.n > 0)
		every(f, c, dec, s, vd, w, from, why, to, last);
	if (s->per_week > 0)
		per_week(f, c, dec, s, vd, w, from, to);
}

/* visit.frequency for every counted service of every decision of a case
 * with visits in a log from first to last, and days away w. */
void
frequency_judge(struct findings *f, const struct care_case *c,
    const struct profile *p, const struct visit_days *vd,
    const struct away *w, cdate first, cdate last)
{
	const struct decision *dec;
	size_t i, j;

	if (!profile_on(p, R_VISIT_FREQUENCY))
		return;
	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		for (j = 0; j < dec->nservices; j++)
			if (dec->from != DATE_NONE &&
			    frequency_counted(&dec->services[j]))
				service(f, c, dec, &dec->services[j], vd,
				    w, first, last);
	}
}
