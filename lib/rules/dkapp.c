/* The Danish application family (see dkapp.h). */
#include "i18n.h"
#include "dkapp.h"

/* decision.appeal-window: the time to appeal a decision runs from the day
 * it was received. */
void
dkapp_decision_deadlines(const struct care_case *c, const struct profile *p,
    struct deadlines *out)
{
	const struct decision *dec;
	struct duration within;
	char d[DATE_BUFSZ], w[32];
	size_t i;

	if (!profile_on(p, R_DECISION_APPEAL_WINDOW))
		return;
	within = profile_dur(p, R_DECISION_APPEAL_WINDOW, "within");
	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (dec->received != DATE_NONE)
			due_inform(due_roll(due_add(out, c,
			    R_DECISION_APPEAL_WINDOW, &dec->pos,
			    cal_add(regime_country(c->regime), dec->received,
			    within), false, DATE_NONE, "the appeal window "
			    "(klagefrist) for decision %s, %s from its receipt "
			    "on %s,", dec->id, dur_format(within, w, sizeof(w)),
			    date_format(dec->received, d)), c, p), N_("closes"),
			    N_("closed"));
	}
}

/* application.contact, application.decision: an application is answered,
 * then decided, within a time of its receipt. */
static void
application_deadlines(const struct care_case *c, const struct profile *p,
    const struct event *e, struct deadlines *out)
{
	static const struct {
		enum rule_id	 rule;
		const char	*what;
	} steps[] = {
		{ R_APPLICATION_CONTACT, N_("first contact by the visiting "
		    "officer (visitator) on") },
		{ R_APPLICATION_DECISION, N_("written decision on") },
	};
	char d[DATE_BUFSZ];
	cdate done;
	size_t i;

	date_format(e->received, d);
	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		if (!profile_on(p, steps[i].rule))
			continue;
		done = steps[i].rule == R_APPLICATION_CONTACT ? e->contacted :
		    e->decided;
		due_roll(due_add(out, c, steps[i].rule, &e->pos,
		    cal_add(regime_country(c->regime), e->received,
		    profile_dur(p, steps[i].rule, "within")), done != DATE_NONE,
		    done, "%s the application received %s", F_(steps[i].what), d),
		    c, p);
	}
}

/* provider.start: help starts within a time of choosing the provider
 * (shorter when urgent); met by a start on or after the choice. */
static void
provider_start_deadline(const struct care_case *c, const struct profile *p,
    const struct event *e, struct deadlines *out)
{
	struct duration within;
	struct deadline *dl;
	char d[DATE_BUFSZ], w[32];

	if (!profile_on(p, R_PROVIDER_START))
		return;
	within = profile_dur(p, R_PROVIDER_START, e->urgent ? "urgent_within" :
	    "within");
	dl = due_add(out, c, R_PROVIDER_START, &e->pos,
	    cal_add(regime_country(c->regime), e->chosen, within),
	    c->start != DATE_NONE && c->start >= e->chosen, c->start, "start "
	    "of %shelp within %s of choosing the provider on %s", e->urgent ?
	    F_("urgent ") : "", dur_format(within, w, sizeof(w)),
	    date_format(e->chosen, d));
	due_roll(dl, c, p);
	dl->from = e->chosen;
	dl->span = within;
	if (c->start_pos.file != NULL)
		dl->done_pos = c->start_pos;
}

/* complaint.response: off until a profile sets how soon to answer. */
static void
complaint_deadline(const struct care_case *c, const struct profile *p,
    const struct event *e, struct deadlines *out)
{
	const struct param_value *within;
	char d[DATE_BUFSZ];

	if (!profile_on(p, R_COMPLAINT_RESPONSE))
		return;
	within = profile_param(p, R_COMPLAINT_RESPONSE, "within");
	if (!within->set)
		return;
	due_roll(due_add(out, c, R_COMPLAINT_RESPONSE, &e->pos,
	    cal_add(regime_country(c->regime), e->received, within->dur),
	    e->answered != DATE_NONE, e->answered, "answer to the complaint "
	    "received %s", date_format(e->received, d)), c, p);
}

/* Lists the deadlines event e of case c sets, met or not. */
void
dkapp_event_deadlines(const struct care_case *c, const struct profile *p,
    const struct event *e, struct deadlines *out)
{
	char d[DATE_BUFSZ];

	switch (e->type) {
	case EV_APPLICATION:
		application_deadlines(c, p, e, out);
		break;
	case EV_PROVIDER_CHOICE:
		provider_start_deadline(c, p, e, out);
		break;
	case EV_PROVIDER_CHANGE:
		/* the change takes effect from the first of the month after
		 * the next */
		if (profile_on(p, R_PROVIDER_CHANGE))
			due_inform(due_add(out, c, R_PROVIDER_CHANGE, &e->pos,
			    due_month_after(e->notice, 2), false, DATE_NONE,
			    "the change of provider (notice given %s)",
			    date_format(e->notice, d)), N_("takes effect"),
			    N_("took effect"));
		break;
	case EV_COMPLAINT:
		complaint_deadline(c, p, e, out);
		break;
	default:
		break;
	}
}

/* The family's rules that only inform. */
bool
dkapp_informs(enum rule_id r)
{
	return r == R_DECISION_APPEAL_WINDOW || r == R_PROVIDER_CHANGE;
}

/* provider.start over the history: help that began late, or has not
 * begun once due. */
static void
start_words(const struct deadline *dl, enum due_verdict v, cdate today,
    char *msg, size_t size)
{
	char due[DATE_BUFSZ], chosen[DATE_BUFSZ], began[DATE_BUFSZ], n[24];
	char w[32];

	date_format(dl->due, due);
	date_format(dl->from, chosen);
	dur_format(dl->span, w, sizeof(w));
	if (v == DUE_MISSING)
		snprintf(msg, size, F_("no start of help is recorded; it was due %s "
		    "(%s after the provider was chosen on %s), %s overdue"), due,
		    w, chosen, due_days(today - dl->due, n, sizeof(n)));
	else
		snprintf(msg, size, dl->done > today ? F_("help is to begin %s, "
		    "%s late (due %s, %s after the provider was chosen on %s)") :
		    F_("help began %s, %s late (due %s, %s after the provider "
		    "was chosen on %s)"), date_format(dl->done, began),
		    due_days(dl->done - dl->due, n, sizeof(n)), due, w, chosen);
}

/* The family's deadlines of case c over its history up to today: late is
 * a warning, missing once due an error; the informing ones a note once
 * their day has come. */
void
dkapp_history(const struct care_case *c, const struct deadlines *dls,
    cdate today, struct findings *f)
{
	const struct deadline *dl;
	size_t i;

	for (i = 0; i < dls->n; i++) {
		dl = &dls->v[i];
		switch (dl->rule) {
		case R_APPLICATION_CONTACT:
		case R_APPLICATION_DECISION:
		case R_COMPLAINT_RESPONSE:
			due_judge(c, dl, today, due_words, f);
			break;
		case R_PROVIDER_START:
			due_judge(c, dl, today, start_words, f);
			break;
		case R_DECISION_APPEAL_WINDOW:
		case R_PROVIDER_CHANGE:
			due_note(c, dl, today, f);
			break;
		default:
			break;
		}
	}
}

/*
 * provider.start, seen from a visit log.
 */

/* The first help after the provider was chosen, from a visit log that
 * runs from first to last. */
static void
provider_start(struct findings *f, const struct care_case *c,
    const struct profile *p, const struct event *e,
    const struct visit_days *vd, cdate first, cdate last)
{
	struct duration within = profile_dur(p, R_PROVIDER_START, e->urgent ?
	    "urgent_within" : "within");
	unsigned want = e->urgent ? DAY_PERSONAL : DAY_PRACTICAL;
	const char *kind = e->urgent ? F_("urgent personal help") :
	    F_("practical help");
	char a[DATE_BUFSZ], b[DATE_BUFSZ], d[DATE_BUFSZ], w[32];
	cdate due, day;

	if (e->chosen == DATE_NONE || e->chosen > last)
		return;
	due = due_day(c, p, R_PROVIDER_START, cal_add(regime_country(
	    c->regime), e->chosen, within));
	if (e->chosen < first) {
		/* the log begins too late to show it: the recorded start */
		if (c->start != DATE_NONE && c->start >= e->chosen &&
		    c->start > due)
			rule_find(f, &e->pos, c, SEV_ERROR, R_PROVIDER_START,
			    due, "help began %s by the case record, later than "
			    "%s (%s after the provider was chosen on %s)",
			    date_format(c->start, d), date_format(due, b),
			    dur_format(within, w, sizeof(w)),
			    date_format(e->chosen, a));
		return;
	}
	for (day = e->chosen; day <= last; day++)
		if (vd->flags(vd->arg, day) & want)
			break;
	date_format(e->chosen, a);
	date_format(due, b);
	dur_format(within, w, sizeof(w));
	if (day <= last && day > due)
		rule_find(f, &e->pos, c, SEV_ERROR, R_PROVIDER_START, due,
		    "%s first came %s, later than %s (%s after the provider "
		    "was chosen on %s)", kind, date_format(day, d), b, w, a);
	else if (day > last && due <= last)
		rule_find(f, &e->pos, c, SEV_ERROR, R_PROVIDER_START, due,
		    "no %s by %s (%s after the provider was chosen on %s)",
		    kind, b, w, a);
}

/* provider.start for every choice of provider a case records, judged by
 * the visits of a log from first to last (deadline-watch judges the same
 * rule from the case record alone, above). */
void
dkapp_provider_start_visits(struct findings *f, const struct care_case *c,
    const struct profile *p, const struct visit_days *vd, cdate first,
    cdate last)
{
	size_t i;

	if (!profile_on(p, R_PROVIDER_START))
		return;
	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_PROVIDER_CHOICE)
			provider_start(f, c, p, &c->events[i], vd, first, last);
}
