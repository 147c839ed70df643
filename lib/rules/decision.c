/* The decision family (see decision.h). */
#include <stdlib.h>

#include "i18n.h"
#include "decision.h"
#include "xalloc.h"

static bool
any_permanent(const struct care_case *c)
{
	size_t i;

	for (i = 0; i < c->ndecisions; i++)
		if (!c->decisions[i].temporary)
			return true;
	return false;
}

static bool
valid_range(const struct decision *dec)
{
	return dec->to == DATE_NONE || dec->to >= dec->from;
}

static int
by_from(const void *a, const void *b)
{
	const struct decision *x = *(const struct decision *const *)a;
	const struct decision *y = *(const struct decision *const *)b;

	return x->from < y->from ? -1 : x->from > y->from;
}

/* A day or more between one regular decision's end and the next one's
 * start, within the case's time. */
struct gap {
	const struct decision	*before, *after;
	cdate			 first, last;	/* the days no decision covers */
};

/* The gaps between the case's regular decisions in order of their start
 * (temporary ones do not bridge a gap); each to fn.  A decision with no
 * end, or one past the case's end, closes the chain. */
static void
gaps(const struct care_case *c, const struct profile *p,
    void (*fn)(void *, const struct care_case *, const struct gap *),
    void *arg)
{
	const struct decision **v = xcalloc(c->ndecisions + 1, sizeof(*v));
	cdate end = case_end(c, p), reach = DATE_NONE;
	const struct decision *last = NULL;
	struct gap g;
	size_t i, n = 0;

	for (i = 0; i < c->ndecisions; i++)
		if (!c->decisions[i].temporary &&
		    c->decisions[i].from != DATE_NONE &&
		    valid_range(&c->decisions[i]))
			v[n++] = &c->decisions[i];
	qsort(v, n, sizeof(*v), by_from);
	for (i = 0; i < n; i++) {
		/* reach is a day here: a decision with no end stops the walk */
		if (last != NULL && v[i]->from > reach + 1 &&
		    (end == DATE_NONE || reach < end)) {
			g.before = last;
			g.after = v[i];
			g.first = reach + 1;
			g.last = v[i]->from - 1;
			if (end != DATE_NONE && g.last > end)
				g.last = end;
			fn(arg, c, &g);
		}
		if (last == NULL || v[i]->to == DATE_NONE || v[i]->to > reach) {
			last = v[i];
			reach = v[i]->to;
		}
		if (reach == DATE_NONE)
			break;
	}
	free(v);
}

/* The gap's days: "2026-07-01" or "2026-07-01..2026-07-03". */
static const char *
gap_days(const struct gap *g, char *buf, size_t size)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ];

	if (g->first == g->last)
		snprintf(buf, size, "%s", date_format(g->first, a));
	else
		snprintf(buf, size, "%s..%s", date_format(g->first, a),
		    date_format(g->last, b));
	return buf;
}

static const char *
gap_text(const struct gap *g, char *buf, size_t size)
{
	char e[DATE_BUFSZ], s[DATE_BUFSZ], days[32];

	snprintf(buf, size, FN_("decision %s ends %s and %s begins %s: %s is "
	    "covered by no decision", "decision %s ends %s and %s begins %s: "
	    "%s are covered by no decision", g->last - g->first + 1),
	    g->before->id, date_format(g->before->to, e), g->after->id,
	    date_format(g->after->from, s), gap_days(g, days, sizeof(days)));
	return buf;
}

/* decision.expiry for a gap: the decision to fill it is due when the one
 * before it ends. */
static void
gap_deadline(void *arg, const struct care_case *c, const struct gap *g)
{
	char days[32];

	due_add(arg, c, R_DECISION_EXPIRY, &g->after->pos, g->before->to,
	    false, DATE_NONE, "decision for the gap %s between decisions %s "
	    "and %s", gap_days(g, days, sizeof(days)), g->before->id,
	    g->after->id)->elsewhere = true;
}

/* decision.expiry: the decision reaching furthest runs out; met when the
 * contract or the case ends by then.
 * An open-ended decision never runs out.  Temporary decisions count only
 * when there is no other. */
static void
expiry_deadline(const struct care_case *c, const struct profile *p,
    struct deadlines *out)
{
	const struct decision *dec, *far = NULL;
	bool permanent = any_permanent(c), met;
	cdate end;
	size_t i;

	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (permanent && dec->temporary)
			continue;
		if (dec->to == DATE_NONE)
			return;
		if (far == NULL || dec->to > far->to)
			far = dec;
	}
	if (far == NULL)
		return;
	/* far reaches furthest: only the case's end can meet it */
	end = case_end(c, p);
	met = end != DATE_NONE && end <= far->to;
	due_add(out, c, R_DECISION_EXPIRY, &far->pos, far->to, met, end,
	    regime_country(c->regime) == COUNTRY_SE ? N_("a new decision "
	    "before decision %s ends (the client or god man applies)") :
	    N_("a new decision before decision %s ends (the client applies)"),
	    far->id);
}

/* Lists the family's deadlines of case c, met or not. */
void
decision_deadlines(const struct care_case *c, const struct profile *p,
    struct deadlines *out)
{
	const struct decision *dec;
	size_t i;

	if (profile_on(p, R_DECISION_EXPIRY)) {
		expiry_deadline(c, p, out);
		gaps(c, p, gap_deadline, out);
	}
	if (!profile_on(p, R_DECISION_REVIEW))
		return;
	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (dec->review != DATE_NONE)
			due_add(out, c, R_DECISION_REVIEW, &dec->pos,
			    dec->review, false, DATE_NONE, "FK's review "
			    "(omprövning) of decision %s", dec->id);
	}
}

/* The family's rules that only inform. */
bool
decision_informs(enum rule_id r)
{
	return r == R_DECISION_REVIEW;
}

/* decision.expiry over the history: the last decision ran out with none to
 * follow it (a gap between two decisions is decision.in-force's). */
static void
expiry_words(const struct deadline *dl, enum due_verdict v, cdate today,
    char *msg, size_t size)
{
	char due[DATE_BUFSZ], n[24];

	(void)v;
	snprintf(msg, size, F_("%s was due %s and none is recorded: %s without "
	    "a decision"), dl->what, date_format(dl->due, due),
	    due_days(today - dl->due, n, sizeof(n)));
}

/* The family's deadlines of case c over its history up to today. */
void
decision_history(const struct care_case *c, const struct deadlines *dls,
    cdate today, struct findings *f)
{
	size_t i;

	for (i = 0; i < dls->n; i++)
		if (dls->v[i].rule == R_DECISION_EXPIRY &&
		    !dls->v[i].elsewhere)
			due_judge(c, &dls->v[i], today, expiry_words, f);
		else if (dls->v[i].rule == R_DECISION_REVIEW)
			due_note(c, &dls->v[i], today, f);
}

/* The decision covers day d from the day it was decided: a plan may be
 * written once the decision is made, before it takes effect. */
static bool
decided_for(const struct decision *dec, cdate d)
{
	if (decision_in_force(dec, d))
		return true;
	return dec->decided != DATE_NONE && dec->decided < dec->from &&
	    d >= dec->decided && d < dec->from && valid_range(dec);
}

/* decision.in-force: no two regular decisions in force at once. */
static void
overlaps(const struct care_case *c, struct findings *f)
{
	const struct decision *a, *b;
	char d1[DATE_BUFSZ], d2[DATE_BUFSZ];
	cdate lo, hi;
	size_t i, j;

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
				rule_find(f, &b->pos, c, SEV_ERROR,
				    R_DECISION_IN_FORCE, lo, "decisions %s and "
				    "%s overlap from %s on", a->id, b->id,
				    date_format(lo, d1));
			else
				rule_find(f, &b->pos, c, SEV_ERROR,
				    R_DECISION_IN_FORCE, lo, "decisions %s and "
				    "%s overlap from %s to %s", a->id, b->id,
				    date_format(lo, d1), date_format(hi, d2));
		}
}

struct gap_ctx {
	struct findings	*f;
	cdate		 today;
};

/* decision.in-force over the history: a gap that has begun by the day is
 * an error, one still ahead a warning. */
static void
gap_history(void *arg, const struct care_case *c, const struct gap *g)
{
	const struct gap_ctx *x = arg;
	char buf[256];

	rule_find(x->f, &g->after->pos, c, g->first <= x->today ? SEV_ERROR :
	    SEV_WARNING, R_DECISION_IN_FORCE, g->first, "%s",
	    gap_text(g, buf, sizeof(buf)));
}

/* decision.in-force, the rule (decision_in_force() is whether one
 * decision is in force on a day): ranges that make sense, no two regular
 * decisions at once, and the start and the plan inside a decision. */
void
decision_check_in_force(const struct care_case *c, const struct profile *p,
    cdate today, struct findings *f)
{
	const struct decision *a;
	char d1[DATE_BUFSZ], d2[DATE_BUFSZ];
	bool covered, permanent = any_permanent(c);
	size_t i;

	if (!profile_on(p, R_DECISION_IN_FORCE))
		return;
	for (i = 0; i < c->ndecisions; i++) {
		a = &c->decisions[i];
		if (!valid_range(a))
			rule_find(f, &a->pos, c, SEV_ERROR, R_DECISION_IN_FORCE,
			    a->from, "decision %s ends %s, before it starts %s",
			    a->id, date_format(a->to, d1),
			    date_format(a->from, d2));
	}
	overlaps(c, f);
	gaps(c, p, gap_history, &(struct gap_ctx){ f, today });
	if (c->start != DATE_NONE) {
		covered = false;
		for (i = 0; i < c->ndecisions; i++)
			if (!permanent || !c->decisions[i].temporary)
				covered |= decision_in_force(&c->decisions[i],
				    c->start);
		if (!covered)
			rule_find(f, c->start_pos.file != NULL ? &c->start_pos :
			    &c->pos, c, SEV_ERROR, R_DECISION_IN_FORCE,
			    c->start, "the service start %s is within no "
			    "decision%s", date_format(c->start, d1),
			    c->ndecisions == 0 ? F_(" (none is recorded)") : "");
	}
	if (c->plan.established == DATE_NONE)
		return;
	covered = false;
	for (i = 0; i < c->ndecisions; i++)
		covered |= decided_for(&c->decisions[i], c->plan.established);
	if (!covered)
		rule_find(f, &c->plan.pos, c, SEV_ERROR, R_DECISION_IN_FORCE,
		    c->plan.established, "the plan established %s is within no "
		    "decision (from the day it was decided to its end)%s",
		    date_format(c->plan.established, d1),
		    c->ndecisions == 0 ? F_("; none is recorded") : "");
}
