/* deadline-watch: a case's deadlines from the rule families, judged against
 * today and the horizon (see deadlines.h). */
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "deadlines.h"
#include "rules/decision.h"
#include "rules/dkapp.h"
#include "rules/due.h"
#include "rules/events.h"
#include "rules/plan.h"
#include "rules/reporting.h"

/* Lists every deadline of a case under its profile, met or not, for both
 * views: deadline-watch's (deadlines_collect) and plan-validate's history.
 * The order is the order findings of the same day come out in. */
void
deadlines_case(const struct care_case *c, const struct profile *p,
    cdate today, struct deadlines *out)
{
	size_t i;

	plan_deadlines(c, p, out);
	decision_deadlines(c, p, out);
	dkapp_decision_deadlines(c, p, out);
	events_contract_deadline(c, p, out);
	reporting_deadlines(c, p, today, out);
	for (i = 0; i < c->nevents; i++) {
		events_event_deadlines(c, p, &c->events[i], out);
		dkapp_event_deadlines(c, p, &c->events[i], out);
	}
}

/* The deadlines deadline-watch watches: its rules' pending and met ones,
 * without the history's earlier occurrences. */
void
deadlines_collect(const struct care_case *c, const struct profile *p,
    cdate today, struct deadlines *out)
{
	size_t i, n;

	n = out->n;
	deadlines_case(c, p, today, out);
	for (i = n; i < out->n; i++)
		if ((rule_defs[out->v[i].rule].tools & TOOL_DW) &&
		    !out->v[i].earlier)
			out->v[n++] = out->v[i];
	out->n = n;
}

void
deadlines_free(struct deadlines *d)
{
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}

/* Rules that only inform: reported before their day, never after. */
bool
deadline_is_info(enum rule_id r)
{
	return decision_informs(r) || events_informs(r) || dkapp_informs(r);
}

enum dl_state
deadline_state(const struct deadline *dl, const struct profile *p,
    enum country country, const struct dw_options *o)
{
	const struct param_value *notice;
	struct duration h = o->within;

	if (dl->satisfied)
		return due_verdict(dl, o->today) == DUE_LATE ? DL_LATE : DL_DONE;
	notice = profile_param(p, dl->rule, "notice");
	if (notice->set)
		h = notice->dur;
	if (dl->due < o->today)
		return deadline_is_info(dl->rule) ? DL_PAST : DL_OVERDUE;
	if (dl->due <= cal_add(country, o->today, h))
		return DL_DUE;
	return DL_LATER;
}

/* "was due 2026-03-01; done 2026-03-04, 3 days late", or for a day still
 * ahead "is due 2026-12-01; planned for 2026-12-04, 3 days late". */
static void
met_message(const struct deadline *dl, cdate today, char *msg, size_t size)
{
	char due[DATE_BUFSZ], done[DATE_BUFSZ], n[32], late[48] = "";

	date_format(dl->due, due);
	if (dl->done != DATE_NONE && dl->done > dl->due)
		snprintf(late, sizeof(late), F_(", %s late"), due_days(dl->done -
		    dl->due, n, sizeof(n)));
	if (dl->done != DATE_NONE && dl->done > today)
		snprintf(msg, size, F_("%s %s %s; planned for %s%s"), dl->what,
		    dl->due < today ? F_("was due") : F_("is due"), due,
		    date_format(dl->done, done), late);
	else if (dl->done == DATE_NONE)
		snprintf(msg, size, F_("%s was due %s; done"), dl->what, due);
	else
		snprintf(msg, size, F_("%s was due %s; done %s%s"), dl->what, due,
		    date_format(dl->done, done), late);
}

/* The message of a deadline in state st on the day; an informing rule
 * says what happens ("closes", "ends") rather than what is due. */
static void
message(const struct deadline *dl, enum dl_state st, cdate today, char *msg,
    size_t size)
{
	const char *will = F_(dl->will != NULL ? dl->will : N_("is due"));
	const char *did = F_(dl->did != NULL ? dl->did : N_("was due"));
	char due[DATE_BUFSZ], n[32];

	date_format(dl->due, due);
	if (st == DL_DONE || st == DL_LATE)
		met_message(dl, today, msg, size);
	else if (dl->due < today)
		snprintf(msg, size, F_("%s %s %s, %s ago"), dl->what, did, due,
		    due_days(today - dl->due, n, sizeof(n)));
	else if (dl->due == today)
		snprintf(msg, size, F_("%s %s today, %s"), dl->what, will, due);
	else
		snprintf(msg, size, F_("%s %s %s, in %s"), dl->what, will, due,
		    due_days(dl->due - today, n, sizeof(n)));
}

/* The findings of one case's deadlines on the day, in date order. */
void
deadlines_check(const struct care_case *c, const struct profile *p,
    const struct dw_options *o, struct findings *f)
{
	static const char *const state_names[] = { "done", "late", "overdue",
	    "due", "later", "past" };
	struct deadlines dls = { NULL, 0, 0 };
	const struct deadline *dl;
	struct finding *fi;
	enum dl_state st;
	enum severity sev;
	char msg[512];
	size_t i, first = f->n;
	bool report;

	deadlines_collect(c, p, o->today, &dls);
	for (i = 0; i < dls.n; i++) {
		dl = &dls.v[i];
		st = deadline_state(dl, p, regime_country(c->regime), o);
		/* met late on a day still ahead: a start planned too late */
		report = st == DL_OVERDUE || st == DL_DUE ||
		    (st == DL_LATE && dl->done >= o->today);
		if (!report && !o->all)
			continue;
		sev = st == DL_OVERDUE ? SEV_ERROR : report &&
		    !deadline_is_info(dl->rule) ? SEV_WARNING : SEV_INFO;
		message(dl, st, o->today, msg, sizeof(msg));
		fi = rule_find(f, &dl->pos, c, sev, dl->rule, dl->due,
		    "%s%s%s", o->all ? state_names[st] : "", o->all ? ": " : "",
		    msg);
		fi->counts = report;
	}
	findings_sort(f, first);
	deadlines_free(&dls);
}
