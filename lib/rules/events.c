/* The events family (see events.h). */
#include <stdio.h>

#include "i18n.h"
#include "events.h"

/* The day the contract ends after the notice the case records, or
 * DATE_NONE: no notice, or none this regime knows. */
static cdate
contract_end(const struct care_case *c, const struct profile *p)
{
	const struct param_value *period;

	if (c->contract_notice == DATE_NONE ||
	    !(rule_defs[R_CONTRACT_NOTICE].regimes & (1u << c->regime)))
		return DATE_NONE;
	period = profile_param(p, R_CONTRACT_NOTICE, "period");
	if (!period->set)
		return DATE_NONE;
	return cal_add(regime_country(c->regime), c->contract_notice,
	    period->dur);
}

/* The last day the case runs: its end, or the end of the contract after
 * notice, whichever comes first (DATE_NONE: open-ended). */
cdate
case_end(const struct care_case *c, const struct profile *p)
{
	cdate ce = contract_end(c, p);

	return ce != DATE_NONE && (c->end == DATE_NONE || ce < c->end) ? ce :
	    c->end;
}

/* contract.notice: the contract ends a period after written notice. */
void
events_contract_deadline(const struct care_case *c, const struct profile *p,
    struct deadlines *out)
{
	struct deadline *dl;
	char d[DATE_BUFSZ];
	cdate end = contract_end(c, p);

	if (!profile_on(p, R_CONTRACT_NOTICE) || end == DATE_NONE)
		return;
	dl = due_add(out, c, R_CONTRACT_NOTICE, &c->contract_pos, end, false,
	    DATE_NONE, "the contract (notice given %s)",
	    date_format(c->contract_notice, d));
	due_inform(dl, N_("ends"), N_("ended"));
	dl->from = c->contract_notice;
	dl->span = profile_dur(p, R_CONTRACT_NOTICE, "period");
}

static bool
is_change(const struct event *e)
{
	return e->type == EV_SCHEDULE_CHANGE || e->type == EV_ASSISTANT_CHANGE;
}

static const char *
change_kind(enum rule_id r)
{
	return r == R_SCHEDULE_CHANGE_NOTICE ? F_("schedule") : F_("assistant");
}

/* schedule.change-notice, assistant.change-notice: a change is requested
 * some time before it takes effect. */
static void
change_deadline(const struct care_case *c, const struct profile *p,
    const struct event *e, struct deadlines *out)
{
	enum rule_id r = e->type == EV_SCHEDULE_CHANGE ?
	    R_SCHEDULE_CHANGE_NOTICE : R_ASSISTANT_CHANGE_NOTICE;
	struct deadline *dl;
	struct duration ahead;
	char d[DATE_BUFSZ];

	if (!profile_on(p, r))
		return;
	ahead = profile_dur(p, r, "ahead");
	dl = due_add(out, c, r, &e->pos, cal_last_before(regime_country(
	    c->regime), e->effective, ahead), e->requested != DATE_NONE,
	    e->requested,
	    "request for the %s change taking effect %s", change_kind(r),
	    date_format(e->effective, d));
	dl->from = e->effective;
	dl->span = ahead;
}

/* absence.notify: an absence longer than the limit is told to the LSS
 * case officer once it passes the limit. */
static void
absence_deadline(const struct care_case *c, const struct profile *p,
    const struct event *e, struct deadlines *out)
{
	struct deadline *dl;
	struct duration after;
	char d[DATE_BUFSZ];
	cdate due;

	if (!profile_on(p, R_ABSENCE_NOTIFY))
		return;
	after = profile_dur(p, R_ABSENCE_NOTIFY, "after");
	due = cal_add(regime_country(c->regime), e->from, after);
	if (e->to != DATE_NONE && e->to < due)
		return;		/* not longer than the limit */
	dl = due_add(out, c, R_ABSENCE_NOTIFY, &e->pos, due,
	    e->notified != DATE_NONE, e->notified, "notice to the LSS case "
	    "officer (handläggare) of the absence from %s",
	    date_format(e->from, d));
	due_roll(dl, c, p);
	dl->from = e->from;
	dl->span = after;
}

/* Lists the deadlines event e of case c sets, met or not. */
void
events_event_deadlines(const struct care_case *c, const struct profile *p,
    const struct event *e, struct deadlines *out)
{
	if (is_change(e))
		change_deadline(c, p, e, out);
	else if (e->type == EV_ABSENCE)
		absence_deadline(c, p, e, out);
}

/* The family's rules that only inform. */
bool
events_informs(enum rule_id r)
{
	return r == R_CONTRACT_NOTICE;
}

/* The first day an event is about, for activity after a contract ends. */
static cdate
event_day(const struct event *e)
{
	switch (e->type) {
	case EV_SCHEDULE_CHANGE:
	case EV_ASSISTANT_CHANGE:
		return e->effective;
	case EV_ABSENCE:
		return e->from;
	case EV_FK_REPORT:
		return e->month;
	case EV_SUMMARY:
		return e->period_start;
	case EV_INTRODUCTION:
		return e->date;
	default:
		return DATE_NONE;
	}
}

/* contract.notice over the history: the day the contract ends, and
 * anything recorded as happening after it. */
void
events_contract_history(const struct care_case *c,
    const struct deadlines *dls, struct findings *f)
{
	const struct deadline *dl;
	const struct event *e;
	char end[DATE_BUFSZ], d[DATE_BUFSZ], w[32];
	size_t i, k;
	cdate day;

	for (k = 0; k < dls->n; k++) {
		dl = &dls->v[k];
		if (dl->rule != R_CONTRACT_NOTICE)
			continue;
		date_format(dl->due, end);
		rule_find(f, &dl->pos, c, SEV_INFO, R_CONTRACT_NOTICE, dl->due,
		    "the contract ends %s, %s after notice given %s", end,
		    dur_format(dl->span, w, sizeof(w)), date_format(dl->from,
		    d));
		for (i = 0; i < c->plan.followups.n; i++)
			if (c->plan.followups.v[i] > dl->due)
				rule_find(f, c->plan.pos.file != NULL ?
				    &c->plan.pos : &c->pos, c, SEV_ERROR,
				    R_CONTRACT_NOTICE, c->plan.followups.v[i],
				    "plan follow-up on %s, after the contract "
				    "ended %s", date_format(c->plan.followups.v[i],
				    d), end);
		for (i = 0; i < c->nevents; i++) {
			e = &c->events[i];
			if ((day = event_day(e)) != DATE_NONE && day > dl->due)
				rule_find(f, &e->pos, c, SEV_ERROR,
				    R_CONTRACT_NOTICE, day, "%s on %s, after the "
				    "contract ended %s",
				    event_type_name(e->type),
				    date_format(day, d), end);
		}
	}
}

/* A change request over the history: late, or missing once due. */
static void
change_words(const struct deadline *dl, enum due_verdict v, cdate today,
    char *msg, size_t size)
{
	char eff[DATE_BUFSZ], due[DATE_BUFSZ], req[DATE_BUFSZ], n[24], w[32];

	(void)today;
	date_format(dl->from, eff);
	date_format(dl->due, due);
	dur_format(dl->span, w, sizeof(w));
	if (v == DUE_MISSING)
		snprintf(msg, size, F_("%s change taking effect %s has no recorded "
		    "request; it was due %s (%s before)"),
		    change_kind(dl->rule), eff, due, w);
	else
		snprintf(msg, size, F_("%s change taking effect %s was requested "
		    "%s, %s short of %s ahead (due %s)"), change_kind(dl->rule),
		    eff, date_format(dl->done, req), due_days(dl->done - dl->due,
		    n, sizeof(n)), w, due);
}

/* An absence's notice over the history: late, or missing once due; the
 * day it passed the limit, and the working day after when it was not
 * one and the deadline moved. */
static void
absence_words(const struct deadline *dl, enum due_verdict v, cdate today,
    char *msg, size_t size)
{
	char from[DATE_BUFSZ], due[DATE_BUFSZ], told[DATE_BUFSZ], n[24];
	char w[32], moved[48] = "";
	cdate passed = dl->fell != DATE_NONE ? dl->fell : dl->due;

	(void)today;
	date_format(dl->from, from);
	date_format(passed, due);
	dur_format(dl->span, w, sizeof(w));
	if (dl->fell != DATE_NONE)
		snprintf(moved, sizeof(moved), F_(", not a working day: due %s"),
		    date_format(dl->due, told));
	if (v == DUE_MISSING)
		snprintf(msg, size, F_("absence from %s passed %s on %s%s and the "
		    "LSS case officer (handläggare) has not been told"), from, w,
		    due, moved);
	else
		snprintf(msg, size, F_("absence from %s: the LSS case officer "
		    "(handläggare) was told %s, %s after it passed %s (%s%s)"),
		    from, date_format(dl->done, told), due_days(dl->done -
		    passed, n, sizeof(n)), w, due, moved);
}

/* The requests and notices of case c judged over its history up to
 * today: late is a warning, missing once due an error. */
void
events_history(const struct care_case *c, const struct deadlines *dls,
    cdate today, struct findings *f)
{
	size_t i;

	for (i = 0; i < dls->n; i++)
		switch (dls->v[i].rule) {
		case R_SCHEDULE_CHANGE_NOTICE:
		case R_ASSISTANT_CHANGE_NOTICE:
			due_judge(c, &dls->v[i], today, change_words, f);
			break;
		case R_ABSENCE_NOTIFY:
			due_judge(c, &dls->v[i], today, absence_words, f);
			break;
		default:
			break;
		}
}
