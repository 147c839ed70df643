#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "personid.h"
#include "plancheck.h"
#include "pseudo.h"
#include "xalloc.h"

/* What one case's checks need. */
struct ctx {
	const struct care_case	*c;
	const struct profile	*p;
	enum country		 country;
	cdate			 today;
	struct findings		*f;
};

static bool
on(const struct ctx *x, enum rule_id r)
{
	return profile_on(x->p, r);
}

static const struct srcpos *
at(const struct ctx *x, const struct srcpos *pos)
{
	return pos->file != NULL ? pos : &x->c->pos;
}

static const char *
days(long n, char *buf)
{
	snprintf(buf, 24, "%ld day%s", n, n == 1 ? "" : "s");
	return buf;
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
static void
plan_content(struct ctx *x)
{
	static const char *const names[] = { "what", "who", "when", "where",
	    "how", "why" };
	static const char *const meaning[] = { "what is to be done",
	    "who does it", "when it is done", "where it is done",
	    "how it is done", "the goal it serves" };
	const struct plan *pl = &x->c->plan;
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
	if (on(x, R_PLAN_ELEMENTS))
		for (i = 0; i < 6; i++)
			if (blank(v[i]))
				findings_add(x->f, &pl->pos, x->c->id,
				    SEV_ERROR, R_PLAN_ELEMENTS, pl->established,
				    "plan lacks '%s' (%s)", names[i],
				    meaning[i]);
	if (!on(x, R_PLAN_PARTICIPATION))
		return;
	if (pl->participated < 0)
		findings_add(x->f, &pl->pos, x->c->id, SEV_ERROR,
		    R_PLAN_PARTICIPATION, pl->established, "plan does not "
		    "record whether the client took part in writing it "
		    "('participated')");
	else if (pl->participated == 0 && blank(pl->participation_note))
		findings_add(x->f, &pl->pos, x->c->id, SEV_ERROR,
		    R_PLAN_PARTICIPATION, pl->established, "the client did "
		    "not take part in the plan and no participation_note says "
		    "why");
}

/* Something that must be done within a time of the start: late is a
 * warning, missing once due is an error. */
static void
by_start(struct ctx *x, enum rule_id r, cdate done, const struct srcpos *pos,
    const char *what)
{
	const struct care_case *c = x->c;
	char start[DATE_BUFSZ], due_s[DATE_BUFSZ], done_s[DATE_BUFSZ];
	char n[24], rel[32];
	struct duration within;
	cdate due;

	if (!on(x, r) || c->start == DATE_NONE)
		return;
	within = profile_dur(x->p, r, "within");
	due = cal_add(x->country, c->start, within);
	date_format(c->start, start);
	date_format(due, due_s);
	if (within.n == 0)
		snprintf(rel, sizeof(rel), "by");
	else
		snprintf(rel, sizeof(rel), "%s after",
		    dur_format(within, n, sizeof(n)));
	if (done == DATE_NONE) {
		if (due < x->today)
			findings_add(x->f, at(x, &c->start_pos), c->id,
			    SEV_ERROR, r, due, "no %s; it was due %s (%s the "
			    "start on %s)", what, due_s, rel, start);
		return;
	}
	if (done > due)
		findings_add(x->f, at(x, pos), c->id, SEV_WARNING, r, due,
		    "%s on %s, %s late (due %s, %s the start on %s)", what,
		    date_format(done, done_s), days(done - due, n), due_s, rel,
		    start);
}

static int
cmp_date(const void *a, const void *b)
{
	cdate x = *(const cdate *)a, y = *(const cdate *)b;

	return x < y ? -1 : x > y;
}

/* plan.followup over the history: every gap between establishment and
 * the follow-ups longer than the interval, and the one still missing. */
static void
followups(struct ctx *x, cdate end)
{
	const struct plan *pl = &x->c->plan;
	char d1[DATE_BUFSZ], d2[DATE_BUFSZ], d3[DATE_BUFSZ], n[24], w[16];
	struct duration interval;
	cdate last = pl->established, due, *v;
	size_t i;

	if (!on(x, R_PLAN_FOLLOWUP) || last == DATE_NONE)
		return;
	interval = profile_dur(x->p, R_PLAN_FOLLOWUP, "interval");
	dur_format(interval, w, sizeof(w));
	v = xcalloc(pl->followups.n + 1, sizeof(*v));
	if (pl->followups.n > 0)
		memcpy(v, pl->followups.v, pl->followups.n * sizeof(*v));
	qsort(v, pl->followups.n, sizeof(*v), cmp_date);
	for (i = 0; i < pl->followups.n; i++) {
		if (v[i] < pl->established) {
			findings_add(x->f, &pl->pos, x->c->id, SEV_ERROR,
			    R_PLAN_FOLLOWUP, v[i], "follow-up on %s is before "
			    "the plan was established on %s",
			    date_format(v[i], d1),
			    date_format(pl->established, d2));
			continue;
		}
		due = cal_add(x->country, last, interval);
		if (v[i] > due)
			findings_add(x->f, &pl->pos, x->c->id, SEV_WARNING,
			    R_PLAN_FOLLOWUP, due, "follow-up due %s (%s after "
			    "%s) was done %s, %s late", date_format(due, d1), w,
			    date_format(last, d2), date_format(v[i], d3),
			    days(v[i] - due, n));
		last = v[i];
	}
	free(v);
	due = cal_add(x->country, last, interval);
	if (due < x->today && (end == DATE_NONE || due <= end))
		findings_add(x->f, &pl->pos, x->c->id, SEV_ERROR,
		    R_PLAN_FOLLOWUP, due, "follow-up due %s (%s after %s) is "
		    "missing, %s overdue", date_format(due, d1), w,
		    date_format(last, d2), days(x->today - due, n));
}

/* plan.support-persons, plan.support-not-guardian (daily activity). */
static void
support_persons(struct ctx *x)
{
	const struct care_case *c = x->c;
	const struct plan *pl = &c->plan;
	long lo, hi;
	size_t i, j;

	if (pl->pos.file == NULL)
		return;
	if (on(x, R_PLAN_SUPPORT_PERSONS)) {
		lo = (long)profile_num(x->p, R_PLAN_SUPPORT_PERSONS, "min");
		hi = (long)profile_num(x->p, R_PLAN_SUPPORT_PERSONS, "max");
		if ((long)pl->support_persons.n < lo ||
		    (long)pl->support_persons.n > hi)
			findings_add(x->f, &pl->pos, c->id, SEV_ERROR,
			    R_PLAN_SUPPORT_PERSONS, pl->established, "plan "
			    "names %zu support person%s; %ld to %ld are "
			    "required", pl->support_persons.n,
			    pl->support_persons.n == 1 ? "" : "s", lo, hi);
	}
	if (!on(x, R_PLAN_SUPPORT_NOT_GUARDIAN))
		return;
	for (i = 0; i < pl->support_persons.n; i++)
		for (j = 0; j < c->guardians.n; j++)
			if (strcmp(pl->support_persons.v[i],
			    c->guardians.v[j]) == 0)
				findings_add(x->f, &pl->pos, c->id, SEV_ERROR,
				    R_PLAN_SUPPORT_NOT_GUARDIAN,
				    pl->established, "support person %s is "
				    "also the client's god man or förvaltare",
				    pseudo(PSEUDO_PERSON, pl->support_persons.v[i]));
}

/* The decision covers day d: from its first day (or, with since_decided,
 * from the day it was decided) to its last. */
static bool
covers(const struct decision *dec, cdate d, bool since_decided)
{
	cdate first = dec->from;

	if (since_decided && dec->decided != DATE_NONE && dec->decided < first)
		first = dec->decided;
	return first != DATE_NONE && d >= first &&
	    (dec->to == DATE_NONE || d <= dec->to);
}

static bool
valid_range(const struct decision *dec)
{
	return dec->to == DATE_NONE || dec->to >= dec->from;
}

/* decision.in-force: ranges that make sense, no two regular decisions at
 * once, and the start and the plan inside a decision. */
static void
in_force(struct ctx *x)
{
	const struct care_case *c = x->c;
	const struct decision *a, *b;
	char d1[DATE_BUFSZ], d2[DATE_BUFSZ];
	cdate lo, hi;
	size_t i, j;
	bool covered, any_permanent = false;

	if (!on(x, R_DECISION_IN_FORCE))
		return;
	for (i = 0; i < c->ndecisions; i++) {
		a = &c->decisions[i];
		any_permanent |= !a->temporary;
		if (!valid_range(a))
			findings_add(x->f, &a->pos, c->id, SEV_ERROR,
			    R_DECISION_IN_FORCE, a->from, "decision %s ends "
			    "%s, before it starts %s", a->id,
			    date_format(a->to, d1), date_format(a->from, d2));
	}
	for (i = 0; i < c->ndecisions; i++)
		for (j = i + 1; j < c->ndecisions; j++) {
			a = &c->decisions[i];
			b = &c->decisions[j];
			if (a->temporary || b->temporary || !valid_range(a) ||
			    !valid_range(b))
				continue;
			lo = a->from > b->from ? a->from : b->from;
			hi = a->to == DATE_NONE ? b->to : b->to == DATE_NONE ?
			    a->to : a->to < b->to ? a->to : b->to;
			if (hi != DATE_NONE && lo > hi)
				continue;
			if (hi == DATE_NONE)
				findings_add(x->f, &b->pos, c->id, SEV_ERROR,
				    R_DECISION_IN_FORCE, lo, "decisions %s and "
				    "%s overlap from %s on", a->id, b->id,
				    date_format(lo, d1));
			else
				findings_add(x->f, &b->pos, c->id, SEV_ERROR,
				    R_DECISION_IN_FORCE, lo, "decisions %s and "
				    "%s overlap from %s to %s", a->id, b->id,
				    date_format(lo, d1), date_format(hi, d2));
		}
	if (c->start != DATE_NONE) {
		covered = false;
		for (i = 0; i < c->ndecisions; i++)
			if ((!any_permanent || !c->decisions[i].temporary) &&
			    valid_range(&c->decisions[i]))
				covered |= covers(&c->decisions[i], c->start,
				    false);
		if (!covered)
			findings_add(x->f, at(x, &c->start_pos), c->id,
			    SEV_ERROR, R_DECISION_IN_FORCE, c->start, "the "
			    "service start %s is within no decision%s",
			    date_format(c->start, d1), c->ndecisions == 0 ?
			    " (none is recorded)" : "");
	}
	if (c->plan.established != DATE_NONE) {
		covered = false;
		for (i = 0; i < c->ndecisions; i++)
			if (valid_range(&c->decisions[i]))
				covered |= covers(&c->decisions[i],
				    c->plan.established, true);
		if (!covered)
			findings_add(x->f, &c->plan.pos, c->id, SEV_ERROR,
			    R_DECISION_IN_FORCE, c->plan.established, "the "
			    "plan established %s is within no decision (from "
			    "the day it was decided to its end)%s",
			    date_format(c->plan.established, d1),
			    c->ndecisions == 0 ? "; none is recorded" : "");
	}
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

/* contract.notice: the day the contract ends, and anything recorded as
 * happening after it. */
static void
contract_end(struct ctx *x, cdate end, struct duration period)
{
	const struct care_case *c = x->c;
	const struct event *e;
	char d1[DATE_BUFSZ], d2[DATE_BUFSZ], w[16];
	size_t i;
	cdate d;

	if (!on(x, R_CONTRACT_NOTICE))
		return;
	date_format(end, d1);
	findings_add(x->f, at(x, &c->contract_pos), c->id, SEV_INFO,
	    R_CONTRACT_NOTICE, end, "the contract ends %s, %s after notice "
	    "given %s", d1, dur_format(period, w, sizeof(w)),
	    date_format(c->contract_notice, d2));
	for (i = 0; i < c->plan.followups.n; i++)
		if (c->plan.followups.v[i] > end)
			findings_add(x->f, at(x, &c->plan.pos), c->id,
			    SEV_ERROR, R_CONTRACT_NOTICE, c->plan.followups.v[i],
			    "plan follow-up on %s, after the contract ended %s",
			    date_format(c->plan.followups.v[i], d2), d1);
	for (i = 0; i < c->nevents; i++) {
		e = &c->events[i];
		if ((d = event_day(e)) != DATE_NONE && d > end)
			findings_add(x->f, &e->pos, c->id, SEV_ERROR,
			    R_CONTRACT_NOTICE, d, "%s on %s, after the contract "
			    "ended %s", event_type_name(e->type),
			    date_format(d, d2), d1);
	}
}

/* schedule.change-notice, assistant.change-notice, absence.notify: a
 * request or notice that was late, or is missing once due. */
static void
event_notices(struct ctx *x)
{
	const struct care_case *c = x->c;
	char d1[DATE_BUFSZ], d2[DATE_BUFSZ], d3[DATE_BUFSZ], n[24], w[16];
	struct duration ahead;
	enum rule_id r;
	cdate due;
	size_t i;

	for (i = 0; i < c->nevents; i++) {
		const struct event *e = &c->events[i];

		if (e->type == EV_SCHEDULE_CHANGE ||
		    e->type == EV_ASSISTANT_CHANGE) {
			r = e->type == EV_SCHEDULE_CHANGE ?
			    R_SCHEDULE_CHANGE_NOTICE :
			    R_ASSISTANT_CHANGE_NOTICE;
			if (!on(x, r))
				continue;
			ahead = profile_dur(x->p, r, "ahead");
			dur_format(ahead, w, sizeof(w));
			ahead.n = -ahead.n;
			due = cal_add(x->country, e->effective, ahead);
			date_format(e->effective, d1);
			if (e->requested == DATE_NONE) {
				if (due < x->today)
					findings_add(x->f, &e->pos, c->id,
					    SEV_ERROR, r, due, "%s change "
					    "taking effect %s has no recorded "
					    "request; it was due %s (%s "
					    "before)", e->type ==
					    EV_SCHEDULE_CHANGE ? "schedule" :
					    "assistant", d1,
					    date_format(due, d2), w);
			} else if (e->requested > due)
				findings_add(x->f, &e->pos, c->id, SEV_WARNING,
				    r, due, "%s change taking effect %s was "
				    "requested %s, %s short of %s ahead (due "
				    "%s)", e->type == EV_SCHEDULE_CHANGE ?
				    "schedule" : "assistant", d1,
				    date_format(e->requested, d2),
				    days(e->requested - due, n), w,
				    date_format(due, d3));
		} else if (e->type == EV_ABSENCE && on(x, R_ABSENCE_NOTIFY)) {
			ahead = profile_dur(x->p, R_ABSENCE_NOTIFY, "after");
			due = cal_add(x->country, e->from, ahead);
			if (e->to != DATE_NONE && e->to < due)
				continue;	/* not longer than the limit */
			date_format(e->from, d1);
			if (e->notified == DATE_NONE) {
				if (due < x->today)
					findings_add(x->f, &e->pos, c->id,
					    SEV_ERROR, R_ABSENCE_NOTIFY, due,
					    "absence from %s passed %s on %s "
					    "and the LSS case officer has not "
					    "been told", d1, dur_format(ahead,
					    w, sizeof(w)), date_format(due,
					    d2));
			} else if (e->notified > due)
				findings_add(x->f, &e->pos, c->id, SEV_WARNING,
				    R_ABSENCE_NOTIFY, due, "absence from %s: "
				    "the LSS case officer was told %s, %s after "
				    "it passed %s (%s)", d1,
				    date_format(e->notified, d2),
				    days(e->notified - due, n),
				    dur_format(ahead, w, sizeof(w)),
				    date_format(due, d3));
		}
	}
}

/* data.personal-id: the number is checked and never printed. */
static void
personal_id(struct ctx *x)
{
	const struct care_case *c = x->c;
	enum pid_status st;

	if (!on(x, R_DATA_PERSONAL_ID) || c->client_id == NULL)
		return;
	if (x->country == COUNTRY_DK)
		st = personid_dk(c->client_id);
	else
		st = personid_se(c->client_id, date_year(x->today));
	if (st != PID_OK)
		findings_add(x->f, at(x, &c->client_id_pos), c->id, SEV_ERROR,
		    R_DATA_PERSONAL_ID, DATE_NONE, "client id is not a valid "
		    "%s (%s)", x->country == COUNTRY_DK ? "CPR number" :
		    "personnummer or samordningsnummer",
		    personid_problem(st));
}

/* Every plan-validate rule of the case's profile, up to today; the case's
 * findings come out in date order. */
void
plancheck_case(const struct care_case *c, const struct profile *p,
    cdate today, struct findings *f)
{
	const struct param_value *period;
	struct ctx x;
	size_t first = f->n;
	cdate end = c->end;

	x.c = c;
	x.p = p;
	x.country = regime_country(c->regime);
	x.today = today;
	x.f = f;
	if (c->contract_notice != DATE_NONE &&
	    (rule_defs[R_CONTRACT_NOTICE].regimes & (1u << c->regime))) {
		period = profile_param(p, R_CONTRACT_NOTICE, "period");
		if (period->set) {
			cdate ce = cal_add(x.country, c->contract_notice,
			    period->dur);

			if (end == DATE_NONE || ce < end)
				end = ce;
			contract_end(&x, ce, period->dur);
		}
	}
	personal_id(&x);
	plan_content(&x);
	by_start(&x, R_PLAN_BEFORE_START, c->plan.established, &c->plan.pos,
	    "implementation plan");
	by_start(&x, R_PLAN_INITIAL, c->plan.established, &c->plan.pos,
	    "implementation plan");
	by_start(&x, R_PLAN_SCHEDULE_BEFORE_START, c->schedule_agreed,
	    &c->schedule_pos, "agreed schedule");
	by_start(&x, R_WORKENV_BEFORE_START, c->workenv_assessed,
	    &c->workenv_pos, "work-environment survey");
	by_start(&x, R_WORKENV_APV, c->workenv_assessed, &c->workenv_pos,
	    "workplace assessment (APV)");
	followups(&x, end);
	support_persons(&x);
	in_force(&x);
	event_notices(&x);
	findings_sort(f, first);
}

/* Counts the case under every rule of its profile that plan-validate
 * checks: failed when one of the findings from index first on is a warning
 * or an error of that rule. */
void
tally_case(struct tally *t, const struct care_case *c, const struct profile *p,
    const struct findings *f, size_t first)
{
	bool failed[R_COUNT];
	size_t i;
	int r;

	memset(failed, 0, sizeof(failed));
	for (i = first; i < f->n; i++)
		if (f->v[i].sev >= SEV_WARNING)
			failed[f->v[i].rule] = true;
	for (r = 0; r < R_COUNT; r++) {
		if (!(rule_defs[r].tools & TOOL_PV) || !profile_on(p, r) ||
		    r == R_PRIVACY_IDS)
			continue;
		t->checked[c->regime][r]++;
		t->failed[c->regime][r] += failed[r];
	}
}

/* The summary table: per regime and rule, cases checked, passed and
 * failed. */
int
tally_write(FILE *fp, enum out_format fmt, const struct tally *t)
{
	unsigned long n, bad;
	int g, r;

	if (fmt == OUT_CSV)
		fputs("regime,rule,cases,passed,failed\n", fp);
	else if (fmt == OUT_TEXT)
		fprintf(fp, "%-6s %-28s %6s %6s %6s\n", "regime", "rule",
		    "cases", "passed", "failed");
	for (g = 0; g < REGIME_COUNT; g++)
		for (r = 0; r < R_COUNT; r++) {
			if ((n = t->checked[g][r]) == 0)
				continue;
			bad = t->failed[g][r];
			if (fmt == OUT_CSV)
				fprintf(fp, "%s,%s,%lu,%lu,%lu\n",
				    regime_name((enum regime)g),
				    rule_name((enum rule_id)r), n, n - bad,
				    bad);
			else if (fmt == OUT_JSON)
				fprintf(fp, "{\"regime\":\"%s\",\"rule\":\"%s\","
				    "\"cases\":%lu,\"passed\":%lu,\"failed\":"
				    "%lu}\n", regime_name((enum regime)g),
				    rule_name((enum rule_id)r), n, n - bad,
				    bad);
			else
				fprintf(fp, "%-6s %-28s %6lu %6lu %6lu\n",
				    regime_name((enum regime)g),
				    rule_name((enum rule_id)r), n, n - bad,
				    bad);
		}
	return ferror(fp) ? -1 : 0;
}
