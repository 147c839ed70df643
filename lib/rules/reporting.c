/* The reporting family (see reporting.h). */
#include <stdio.h>

#include "i18n.h"
#include "reporting.h"

/* The event of type t that reports on the period from start (to end, for
 * a summary), and the day it was done. */
static bool
has_event_period(const struct care_case *c, enum event_type t, cdate start,
    cdate end, cdate *done)
{
	size_t i;

	for (i = 0; i < c->nevents; i++) {
		const struct event *e = &c->events[i];

		if (e->type != t)
			continue;
		if ((t == EV_FK_REPORT && e->month == start) ||
		    (t == EV_SUMMARY && e->period_start == start &&
		    e->period_end == end)) {
			*done = t == EV_FK_REPORT ? e->submitted : e->done;
			return true;
		}
	}
	return false;
}

/* The day and month of a case's time report: FK's for its cases, the
 * municipality's own for those it funds when the profile sets one. */
static bool
report_day(const struct care_case *c, const struct profile *p, int *day,
    int *months)
{
	const struct param_value *d, *m;

	if (c->funder == FUNDER_FK) {
		*day = (int)profile_num(p, R_FK_REPORT, "day");
		*months = (int)profile_num(p, R_FK_REPORT, "months");
		return true;
	}
	d = profile_param(p, R_FK_REPORT, "municipality_day");
	m = profile_param(p, R_FK_REPORT, "municipality_months");
	if (c->funder != FUNDER_MUNICIPALITY || !d->set)
		return false;
	*day = (int)d->num;
	*months = m->set ? (int)m->num : 1;
	return true;
}

/* fk.report: a time report for each month of assistance that is over, due
 * on day N of the M-th month after it (moved as roll_forward says). */
static void
fk_deadlines(const struct care_case *c, const struct profile *p, cdate today,
    struct deadlines *out)
{
	char mon[DATE_BUFSZ];
	cdate m, last, due, done, end;
	int day, months, y, mo, dd;
	bool met;

	if (!profile_on(p, R_FK_REPORT) || c->start == DATE_NONE ||
	    !report_day(c, p, &day, &months))
		return;
	last = date_month_start(today);	/* months before this are over */
	end = case_end(c, p);
	if (end != DATE_NONE && end < last)
		last = date_month_end(end);
	for (m = date_month_start(c->start); m < last; m = due_month_after(m, 1)) {
		due = due_month_after(m, months);
		date_to_ymd(due, &y, &mo, &dd);
		dd = day < 1 ? 1 : day > date_month_days(y, mo) ?
		    date_month_days(y, mo) : day;
		due = due_day(c, p, R_FK_REPORT, date_from_ymd(y, mo, dd));
		done = DATE_NONE;
		met = has_event_period(c, EV_FK_REPORT, m, DATE_NONE, &done);
		date_format(m, mon);
		mon[7] = '\0';
		due_add(out, c, R_FK_REPORT, &c->pos, due, met, done,
		    c->funder == FUNDER_FK ? N_("FK report for %s (time report "
		    "FK 3059 and invoice FK 3057)") : N_("time report to the "
		    "municipality for %s"), mon);
	}
}

/* dv.summary: a summary of the daily notes for each month (or quarter)
 * since the start that is over, due a grace period after it. */
static void
summary_deadlines(const struct care_case *c, const struct profile *p,
    cdate today, struct deadlines *out)
{
	char label[32], d[DATE_BUFSZ];
	struct duration grace;
	cdate s, e, done, end;
	bool quarterly, met;
	int y, m, dd;

	if (!profile_on(p, R_DV_SUMMARY) || c->start == DATE_NONE)
		return;
	quarterly = profile_choice(p, R_DV_SUMMARY, "period") == 1;
	grace = profile_dur(p, R_DV_SUMMARY, "grace");
	end = case_end(c, p);
	s = date_month_start(c->start);
	if (quarterly) {
		date_to_ymd(s, &y, &m, &dd);
		s = date_from_ymd(y, (m - 1) / 3 * 3 + 1, 1);
	}
	for (;; s = e + 1) {
		e = date_month_end(date_add_months(s, quarterly ? 2 : 0));
		if (e >= today || (end != DATE_NONE && s > end))
			break;
		date_to_ymd(s, &y, &m, &dd);
		if (quarterly)
			snprintf(label, sizeof(label), "%04d-Q%d", y,
			    (m - 1) / 3 + 1);
		else
			snprintf(label, sizeof(label), "%.7s",
			    date_format(s, d));
		done = DATE_NONE;
		met = has_event_period(c, EV_SUMMARY, s, e, &done);
		due_roll(due_add(out, c, R_DV_SUMMARY, &c->pos,
		    cal_add(regime_country(c->regime), e, grace), met, done,
		    "summary of the daily notes for %s", label), c, p);
	}
}

/* Lists the family's deadlines of case c for the periods over by today,
 * met or not. */
void
reporting_deadlines(const struct care_case *c, const struct profile *p,
    cdate today, struct deadlines *out)
{
	fk_deadlines(c, p, today, out);
	summary_deadlines(c, p, today, out);
}

/* The family's deadlines of case c over its history up to today: a report
 * made late is a warning, one missing once due an error. */
void
reporting_history(const struct care_case *c, const struct deadlines *dls,
    cdate today, struct findings *f)
{
	size_t i;

	for (i = 0; i < dls->n; i++)
		if (dls->v[i].rule == R_FK_REPORT ||
		    dls->v[i].rule == R_DV_SUMMARY)
			due_judge(c, &dls->v[i], today, due_words, f);
}
