/* The plan family (see plan.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "plan.h"
#include "pseudo.h"
#include "xalloc.h"

/* Something due a set time after the start. */
struct start_rule {
	enum rule_id	 rule;
	const char	*noun;
	bool		 before;	/* "before the start", not "within" */
};

static const struct start_rule start_rules[] = {
	{ R_PLAN_BEFORE_START, N_("implementation plan (genomförandeplan)"),
	    true },
	{ R_PLAN_INITIAL, N_("implementation plan (genomförandeplan)"),
	    false },
	{ R_PLAN_SCHEDULE_BEFORE_START, N_("agreed schedule"), true },
	{ R_WORKENV_BEFORE_START, N_("work-environment survey"), true },
	{ R_WORKENV_APV, N_("workplace assessment (APV)"), false },
};

#define NSTART	(sizeof(start_rules) / sizeof(start_rules[0]))

static const struct start_rule *
start_rule(enum rule_id r)
{
	size_t i;

	for (i = 0; i < NSTART; i++)
		if (start_rules[i].rule == r)
			return &start_rules[i];
	return NULL;
}

/* The day what a start rule asks for was done, and where it is recorded. */
static cdate
start_done(const struct care_case *c, enum rule_id r,
    const struct srcpos **pos)
{
	if (r == R_PLAN_SCHEDULE_BEFORE_START) {
		*pos = &c->schedule_pos;
		return c->schedule_agreed;
	}
	if (r == R_WORKENV_BEFORE_START || r == R_WORKENV_APV) {
		*pos = &c->workenv_pos;
		return c->workenv_assessed;
	}
	*pos = &c->plan.pos;
	return c->plan.established;
}

static void
start_deadlines(const struct care_case *c, const struct profile *p,
    struct deadlines *out)
{
	const struct start_rule *sr;
	const struct srcpos *pos;
	struct deadline *dl;
	struct duration within;
	char d[DATE_BUFSZ], w[32];
	cdate done;
	size_t i;

	if (c->start == DATE_NONE)
		return;
	date_format(c->start, d);
	for (i = 0; i < NSTART; i++) {
		sr = &start_rules[i];
		if (!profile_on(p, sr->rule))
			continue;
		within = profile_dur(p, sr->rule, "within");
		done = start_done(c, sr->rule, &pos);
		if (sr->before)
			dl = due_add(out, c, sr->rule, &c->start_pos,
			    cal_add(regime_country(c->regime), c->start,
			    within), done != DATE_NONE, done, "%s before the "
			    "start on %s", F_(sr->noun), d);
		else
			dl = due_add(out, c, sr->rule, &c->start_pos,
			    cal_add(regime_country(c->regime), c->start,
			    within), done != DATE_NONE, done, "%s within %s of "
			    "the start on %s", F_(sr->noun), dur_format(within, w,
			    sizeof(w)), d);
		due_roll(dl, c, p);
		dl->done_pos = pos->file != NULL ? *pos : c->pos;
		dl->from = c->start;
		dl->span = within;
	}
}

static int
cmp_date(const void *a, const void *b)
{
	cdate x = *(const cdate *)a, y = *(const cdate *)b;

	return x < y ? -1 : x > y;
}

static struct deadline *
followup_add(const struct care_case *c, const struct profile *p,
    struct duration interval, cdate last, struct deadlines *out)
{
	char d[DATE_BUFSZ], w[32];
	struct deadline *dl;

	dl = due_add(out, c, R_PLAN_FOLLOWUP, &c->plan.pos,
	    cal_add(regime_country(c->regime), last, interval), false,
	    DATE_NONE, "plan follow-up (%s after %s)", dur_format(interval, w,
	    sizeof(w)), date_format(last, d));
	due_roll(dl, c, p);
	dl->from = last;
	dl->span = interval;
	return dl;
}

/* plan.followup: each follow-up due an interval after the one before it
 * (the first after establishment), in date order; a follow-up before the
 * plan counts for nothing.  The next is pending while the case runs. */
static void
followup_deadlines(const struct care_case *c, const struct profile *p,
    struct deadlines *out)
{
	const struct plan *pl = &c->plan;
	struct deadline *dl;
	struct duration interval;
	cdate last = pl->established, end, *v;
	size_t i;

	if (!profile_on(p, R_PLAN_FOLLOWUP) || last == DATE_NONE)
		return;
	interval = profile_dur(p, R_PLAN_FOLLOWUP, "interval");
	v = xcalloc(pl->followups.n + 1, sizeof(*v));
	if (pl->followups.n > 0)
		memcpy(v, pl->followups.v, pl->followups.n * sizeof(*v));
	qsort(v, pl->followups.n, sizeof(*v), cmp_date);
	for (i = 0; i < pl->followups.n; i++) {
		if (v[i] < pl->established)
			continue;
		dl = followup_add(c, p, interval, last, out);
		dl->satisfied = dl->earlier = true;
		dl->done = v[i];
		last = v[i];
	}
	free(v);
	end = case_end(c, p);
	if (end == DATE_NONE || due_day(c, p, R_PLAN_FOLLOWUP,
	    cal_add(regime_country(c->regime), last, interval)) <= end)
		followup_add(c, p, interval, last, out);
}

/* Lists the family's deadlines of case c, met or not. */
void
plan_deadlines(const struct care_case *c, const struct profile *p,
    struct deadlines *out)
{
	start_deadlines(c, p, out);
	followup_deadlines(c, p, out);
}

/* A start rule's deadline over the history: late, or missing once due;
 * one moved to the next working day says from what day. */
static void
start_words(const struct deadline *dl, enum due_verdict v, cdate today,
    char *msg, size_t size)
{
	const char *noun = F_(start_rule(dl->rule)->noun);
	char start[DATE_BUFSZ], due[DATE_BUFSZ], done[DATE_BUFSZ];
	char fell[DATE_BUFSZ], n[32], w[32], why[160];

	(void)today;
	date_format(dl->from, start);
	date_format(dl->due, due);
	dur_format(dl->span, w, sizeof(w));
	if (dl->fell == DATE_NONE && dl->span.n == 0)
		snprintf(why, sizeof(why), F_("by the start on %s"), start);
	else if (dl->fell == DATE_NONE)
		snprintf(why, sizeof(why), F_("%s after the start on %s"), w,
		    start);
	else if (dl->span.n == 0)
		snprintf(why, sizeof(why), F_("the start on %s is not a working "
		    "day"), start);
	else
		snprintf(why, sizeof(why), F_("%s after the start on %s is %s, "
		    "not a working day"), w, start, date_format(dl->fell, fell));
	if (v == DUE_MISSING)
		snprintf(msg, size, F_("no %s; it was due %s (%s)"), noun, due,
		    why);
	else
		snprintf(msg, size, F_("%s on %s, %s late (due %s%s %s)"), noun,
		    date_format(dl->done, done), due_days(dl->done - dl->due, n,
		    sizeof(n)), due, dl->fell == DATE_NONE ? "," : ":", why);
}

/* A follow-up over the history: one done late, or the one missing. */
static void
followup_words(const struct deadline *dl, enum due_verdict v, cdate today,
    char *msg, size_t size)
{
	char due[DATE_BUFSZ], last[DATE_BUFSZ], done[DATE_BUFSZ], n[24], w[32];
	char fell[DATE_BUFSZ], why[128];

	date_format(dl->due, due);
	date_format(dl->from, last);
	dur_format(dl->span, w, sizeof(w));
	if (dl->fell == DATE_NONE)
		snprintf(why, sizeof(why), F_("%s after %s"), w, last);
	else
		snprintf(why, sizeof(why), F_("%s after %s is %s, not a working "
		    "day"), w, last, date_format(dl->fell, fell));
	if (v == DUE_MISSING)
		snprintf(msg, size, F_("follow-up due %s (%s) is missing, %s "
		    "overdue"), due, why, due_days(today - dl->due, n,
		    sizeof(n)));
	else
		snprintf(msg, size, F_("follow-up due %s (%s) was done %s, %s "
		    "late"), due, why, date_format(dl->done, done),
		    due_days(dl->done - dl->due, n, sizeof(n)));
}

/* plan.followup: a follow-up recorded before the plan was established. */
static void
followup_order(const struct care_case *c, struct findings *f)
{
	const struct plan *pl = &c->plan;
	char d1[DATE_BUFSZ], d2[DATE_BUFSZ];
	size_t i;

	for (i = 0; i < pl->followups.n; i++)
		if (pl->followups.v[i] < pl->established)
			rule_find(f, &pl->pos, c, SEV_ERROR, R_PLAN_FOLLOWUP,
			    pl->followups.v[i], "follow-up on %s is before the "
			    "plan was established on %s",
			    date_format(pl->followups.v[i], d1),
			    date_format(pl->established, d2));
}

/* The family's deadlines of case c judged over its history up to today:
 * the start-up first, then the follow-ups. */
void
plan_history(const struct care_case *c, const struct profile *p,
    const struct deadlines *dls, cdate today, struct findings *f)
{
	size_t i;

	for (i = 0; i < dls->n; i++)
		if (start_rule(dls->v[i].rule) != NULL)
			due_judge(c, &dls->v[i], today, start_words, f);
	if (profile_on(p, R_PLAN_FOLLOWUP))
		followup_order(c, f);
	for (i = 0; i < dls->n; i++)
		if (dls->v[i].rule == R_PLAN_FOLLOWUP)
			due_judge(c, &dls->v[i], today, followup_words, f);
}

static bool
blank(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

/* plan.elements, plan.participation: what the plan itself must say. */
void
plan_check_content(const struct care_case *c, const struct profile *p,
    struct findings *f)
{
	static const char *const names[] = { "what", "who", "when", "where",
	    "how", "why" };
	static const char *const meaning[] = { N_("what is to be done"),
	    N_("who does it"), N_("when it is done"), N_("where it is done"),
	    N_("how it is done"), N_("the goal it serves") };
	const struct plan *pl = &c->plan;
	const char *v[6];
	size_t i;

	if (pl->pos.file == NULL)
		return;
	v[0] = pl->what;
	v[1] = pl->who;
	v[2] = pl->when;
	v[3] = pl->where;
	v[4] = pl->how;
	v[5] = pl->why;
	if (profile_on(p, R_PLAN_ELEMENTS))
		for (i = 0; i < 6; i++)
			if (blank(v[i]))
				rule_find(f, &pl->pos, c, SEV_ERROR,
				    R_PLAN_ELEMENTS, pl->established, "plan "
				    "lacks '%s' (%s)", names[i], F_(meaning[i]));
	if (!profile_on(p, R_PLAN_PARTICIPATION))
		return;
	if (pl->participated < 0)
		rule_find(f, &pl->pos, c, SEV_ERROR, R_PLAN_PARTICIPATION,
		    pl->established, "plan does not record whether the client "
		    "took part in writing it ('participated')");
	else if (pl->participated == 0 && blank(pl->participation_note))
		rule_find(f, &pl->pos, c, SEV_ERROR, R_PLAN_PARTICIPATION,
		    pl->established, "the client did not take part in the plan "
		    "and no participation_note says why");
}

/* "plan names 3 support persons; 1 to 2 are required". */
static const char *
support_text(size_t n, long lo, long hi, char *buf, size_t size)
{
	snprintf(buf, size, FN_("plan names %zu support person; %ld to %ld are "
	    "required", "plan names %zu support persons; %ld to %ld are "
	    "required", n), n, lo, hi);
	return buf;
}

/* plan.support-persons, plan.support-not-guardian (daily activity). */
void
plan_check_support(const struct care_case *c, const struct profile *p,
    struct findings *f)
{
	const struct plan *pl = &c->plan;
	char msg[160];
	long lo, hi;
	size_t i, j;

	if (pl->pos.file == NULL)
		return;
	if (profile_on(p, R_PLAN_SUPPORT_PERSONS)) {
		lo = (long)profile_num(p, R_PLAN_SUPPORT_PERSONS, "min");
		hi = (long)profile_num(p, R_PLAN_SUPPORT_PERSONS, "max");
		if ((long)pl->support_persons.n < lo ||
		    (long)pl->support_persons.n > hi)
			rule_find(f, &pl->pos, c, SEV_ERROR,
			    R_PLAN_SUPPORT_PERSONS, pl->established, "%s",
			    support_text(pl->support_persons.n, lo, hi, msg,
			    sizeof(msg)));
	}
	if (!profile_on(p, R_PLAN_SUPPORT_NOT_GUARDIAN))
		return;
	for (i = 0; i < pl->support_persons.n; i++)
		for (j = 0; j < c->guardians.n; j++)
			if (strcmp(pl->support_persons.v[i],
			    c->guardians.v[j]) == 0)
				rule_find(f, &pl->pos, c, SEV_ERROR,
				    R_PLAN_SUPPORT_NOT_GUARDIAN,
				    pl->established, "support person %s is "
				    "also the client's god man or förvaltare",
				    pseudo(PSEUDO_PERSON,
				    pl->support_persons.v[i]));
}
