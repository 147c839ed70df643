/* visit.frequency (see frequency.h). */
#include <stdio.h>

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
		snprintf(buf, size, "the visit of %s", date_format(d, a));
	return buf;
}

/* A service granted every so often: no stretch between visits (or the
 * edges of the decision, the case and the log) longer than that. */
static void
every(struct findings *f, const struct care_case *c,
    const struct decision *dec, const struct service *s,
    const struct visit_days *vd, cdate from, const char *why, cdate to,
    cdate last)
{
	const struct srcpos *pos = s->pos.file != NULL ? &s->pos : &dec->pos;
	enum country country = regime_country(c->regime);
	char a[64], b[64], w[32], x[DATE_BUFSZ];
	cdate d, due, prev = from;

	dur_format(s->every, w, sizeof(w));
	due = cal_add(country, prev, s->every);
	for (d = from; d <= to; d++) {
		if (vd->visits(vd->arg, s->what, d) == 0)
			continue;
		if (d > due)
			rule_find(f, pos, c, SEV_ERROR, R_VISIT_FREQUENCY,
			    due + 1, "%s every %s under decision %s: %d days "
			    "from %s to the visit of %s", service_name(s->what),
			    w, dec->id, d - prev, edge(prev, why, a, sizeof(a)),
			    date_format(d, x));
		prev = d;
		why = NULL;
		due = cal_add(country, d, s->every);
	}
	if (due < to)
		rule_find(f, pos, c, SEV_ERROR, R_VISIT_FREQUENCY, due + 1,
		    "%s every %s under decision %s: no visit after %s, up to "
		    "%s", service_name(s->what), w, dec->id, edge(prev, why, a,
		    sizeof(a)), edge(to, to == last ? "end of the log" :
		    "end of the decision", b, sizeof(b)));
}

/* A service granted so many times a week: each whole ISO week. */
static void
per_week(struct findings *f, const struct care_case *c,
    const struct decision *dec, const struct service *s,
    const struct visit_days *vd, cdate from, cdate to)
{
	const struct srcpos *pos = s->pos.file != NULL ? &s->pos : &dec->pos;
	char x[DATE_BUFSZ];
	cdate d, wk;
	unsigned n;

	for (wk = date_iso_week_start(from); wk + 6 <= to; wk += 7) {
		if (wk < from)
			continue;
		for (n = 0, d = wk; d < wk + 7; d++)
			n += vd->visits(vd->arg, s->what, d);
		if (n < (unsigned)s->per_week)
			rule_find(f, pos, c, SEV_ERROR, R_VISIT_FREQUENCY, wk,
			    "%s %d a week under decision %s: %u in the week "
			    "of %s", service_name(s->what), s->per_week,
			    dec->id, n, date_format(wk, x));
	}
}

/* visit.frequency for one granted service of one decision, over the part
 * of the log (first..last) that the decision and the case cover. */
static void
service(struct findings *f, const struct care_case *c,
    const struct decision *dec, const struct service *s,
    const struct visit_days *vd, cdate first, cdate last)
{
	const char *why = "start of the decision";
	cdate from = dec->from, to = last;

	if (from < first) {
		from = first;
		why = "start of the log";
	}
	if (c->start != DATE_NONE && from < c->start) {
		from = c->start;
		why = "start of the case";
	}
	if (dec->to != DATE_NONE && dec->to < to)
		to = dec->to;
	if (c->end != DATE_NONE && c->end < to)
		to = c->end;
	if (to < from)
		return;
	if (s->every.n > 0)
		every(f, c, dec, s, vd, from, why, to, last);
	if (s->per_week > 0)
		per_week(f, c, dec, s, vd, from, to);
}

/* visit.frequency for every counted service of every decision of a case
 * with visits in a log from first to last. */
void
frequency_judge(struct findings *f, const struct care_case *c,
    const struct profile *p, const struct visit_days *vd, cdate first,
    cdate last)
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
				    first, last);
	}
}
