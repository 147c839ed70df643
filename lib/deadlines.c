#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "deadlines.h"
#include "xalloc.h"

/* What one case's rules need while its deadlines are listed. */
struct ctx {
	const struct care_case	*c;
	const struct profile	*p;
	enum country		 country;
	cdate			 today;
	cdate			 end;	/* the case ends (DATE_NONE: runs on) */
	struct deadlines	*out;
};

static struct deadline *add(struct ctx *, enum rule_id, const struct srcpos *,
    cdate, bool, cdate, const char *, ...)
    __attribute__((format(printf, 7, 8)));

static struct deadline *
add(struct ctx *x, enum rule_id rule, const struct srcpos *pos, cdate due,
    bool satisfied, cdate done, const char *fmt, ...)
{
	struct deadlines *o = x->out;
	struct deadline *dl;
	va_list ap;

	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : 16;
		o->v = xreallocarray(o->v, o->cap, sizeof(*o->v));
	}
	dl = &o->v[o->n++];
	dl->rule = rule;
	dl->pos = pos->file != NULL ? *pos : x->c->pos;
	dl->due = due;
	dl->satisfied = satisfied;
	dl->done = satisfied ? done : DATE_NONE;
	va_start(ap, fmt);
	vsnprintf(dl->what, sizeof(dl->what), fmt, ap);
	va_end(ap);
	return dl;
}

static bool
on(const struct ctx *x, enum rule_id r)
{
	return profile_on(x->p, r);
}

static struct duration
dur(const struct ctx *x, enum rule_id r, const char *name)
{
	return profile_dur(x->p, r, name);
}

static const char *
fmtdur(struct duration d, char *buf)
{
	return dur_format(d, buf, 16);
}

static cdate
min_date(cdate a, cdate b)
{
	if (a == DATE_NONE)
		return b;
	if (b == DATE_NONE)
		return a;
	return a < b ? a : b;
}

/* The day the case stops running: its end, or the end of the contract
 * after notice, whichever comes first. */
static cdate
case_end(const struct care_case *c, const struct profile *p)
{
	const struct param_value *period;
	cdate end = c->end;

	if (c->contract_notice != DATE_NONE &&
	    (rule_defs[R_CONTRACT_NOTICE].regimes & (1u << c->regime))) {
		period = profile_param(p, R_CONTRACT_NOTICE, "period");
		if (period->set)
			end = min_date(end, cal_add(regime_country(c->regime),
			    c->contract_notice, period->dur));
	}
	return end;
}

/* plan.before-start, plan.initial, workenv.before-start, workenv.apv:
 * something due a set time after the start. */
static void
start_rules(struct ctx *x)
{
	const struct care_case *c = x->c;
	const struct plan *pl = &c->plan;
	char d[DATE_BUFSZ], w[16];
	struct duration within;

	if (c->start == DATE_NONE)
		return;
	date_format(c->start, d);
	if (on(x, R_PLAN_BEFORE_START)) {
		within = dur(x, R_PLAN_BEFORE_START, "within");
		add(x, R_PLAN_BEFORE_START, &c->start_pos,
		    cal_add(x->country, c->start, within),
		    pl->established != DATE_NONE, pl->established,
		    "implementation plan before the start on %s", d);
	}
	if (on(x, R_PLAN_INITIAL)) {
		within = dur(x, R_PLAN_INITIAL, "within");
		add(x, R_PLAN_INITIAL, &c->start_pos,
		    cal_add(x->country, c->start, within),
		    pl->established != DATE_NONE, pl->established,
		    "implementation plan within %s of the start on %s",
		    fmtdur(within, w), d);
	}
	if (on(x, R_WORKENV_BEFORE_START)) {
		within = dur(x, R_WORKENV_BEFORE_START, "within");
		add(x, R_WORKENV_BEFORE_START, &c->start_pos,
		    cal_add(x->country, c->start, within),
		    c->workenv_assessed != DATE_NONE, c->workenv_assessed,
		    "work-environment survey before the start on %s", d);
	}
	if (on(x, R_WORKENV_APV)) {
		within = dur(x, R_WORKENV_APV, "within");
		add(x, R_WORKENV_APV, &c->start_pos,
		    cal_add(x->country, c->start, within),
		    c->workenv_assessed != DATE_NONE, c->workenv_assessed,
		    "workplace assessment (APV) within %s of the start on %s",
		    fmtdur(within, w), d);
	}
}

/* plan.followup: the next follow-up is due an interval after the latest of
 * establishment and follow-ups; one is always pending while the case
 * runs. */
static void
followup_rule(struct ctx *x)
{
	const struct plan *pl = &x->c->plan;
	char d[DATE_BUFSZ], w[16];
	struct duration interval;
	cdate last = pl->established, due;
	size_t i;

	if (!on(x, R_PLAN_FOLLOWUP) || last == DATE_NONE)
		return;
	for (i = 0; i < pl->followups.n; i++)
		if (pl->followups.v[i] > last)
			last = pl->followups.v[i];
	interval = dur(x, R_PLAN_FOLLOWUP, "interval");
	due = cal_add(x->country, last, interval);
	if (x->end != DATE_NONE && due > x->end)
		return;
	add(x, R_PLAN_FOLLOWUP, &pl->pos, due, false, DATE_NONE,
	    "plan follow-up (%s after %s)", fmtdur(interval, w),
	    date_format(last, d));
}

/* decision.expiry: the decision reaching furthest runs out; met when the
 * contract or the case ends by then.  An open-ended decision never runs
 * out.  decision.review and decision.appeal-window, per decision. */
static void
decision_rules(struct ctx *x)
{
	const struct care_case *c = x->c;
	const struct decision *dec, *far = NULL;
	char d[DATE_BUFSZ], w[16];
	struct duration within;
	bool any_permanent = false, open = false, met;
	size_t i;

	for (i = 0; i < c->ndecisions; i++)
		any_permanent |= !c->decisions[i].temporary;
	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (any_permanent && dec->temporary)
			continue;
		if (dec->to == DATE_NONE)
			open = true;
		else if (far == NULL || dec->to > far->to)
			far = dec;
	}
	if (on(x, R_DECISION_EXPIRY) && far != NULL && !open) {
		met = x->end != DATE_NONE && x->end <= far->to;
		for (i = 0; i < c->ndecisions; i++) {
			dec = &c->decisions[i];
			if (dec != far && !dec->temporary &&
			    dec->from <= far->to + 1 && dec->to > far->to)
				met = true;
		}
		add(x, R_DECISION_EXPIRY, &far->pos, far->to, met, x->end,
		    "new decision to follow decision %s", far->id);
	}
	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (on(x, R_DECISION_REVIEW) && dec->review != DATE_NONE)
			add(x, R_DECISION_REVIEW, &dec->pos, dec->review,
			    false, DATE_NONE, "review (omprövning) of decision "
			    "%s", dec->id);
		if (on(x, R_DECISION_APPEAL_WINDOW) &&
		    dec->received != DATE_NONE) {
			within = dur(x, R_DECISION_APPEAL_WINDOW, "within");
			add(x, R_DECISION_APPEAL_WINDOW, &dec->pos,
			    cal_add(x->country, dec->received, within), false,
			    DATE_NONE, "end of the %s appeal window for "
			    "decision %s, received %s", fmtdur(within, w),
			    dec->id,
			    date_format(dec->received, d));
		}
	}
}

/* contract.notice: the contract ends a period after written notice. */
static void
contract_rule(struct ctx *x)
{
	const struct care_case *c = x->c;
	char d[DATE_BUFSZ];

	if (!on(x, R_CONTRACT_NOTICE) || c->contract_notice == DATE_NONE)
		return;
	add(x, R_CONTRACT_NOTICE, &c->contract_pos,
	    cal_add(x->country, c->contract_notice,
	    dur(x, R_CONTRACT_NOTICE, "period")), false, DATE_NONE,
	    "end of the contract after notice given %s",
	    date_format(c->contract_notice, d));
}

/* The first day of the n-th month after the month of d. */
static cdate
month_after(cdate d, int n)
{
	return date_add_months(date_month_start(d), n);
}

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

/* fk.report: a time report for each month of assistance that is over, due
 * on day N of the M-th month after it, moved to the next working day. */
static void
fk_rule(struct ctx *x)
{
	const struct care_case *c = x->c;
	char mon[DATE_BUFSZ];
	cdate m, last, due, done;
	int day, months, y, mo, dd;
	bool met;

	if (!on(x, R_FK_REPORT) || c->funder != FUNDER_FK ||
	    c->start == DATE_NONE)
		return;
	day = (int)profile_num(x->p, R_FK_REPORT, "day");
	months = (int)profile_num(x->p, R_FK_REPORT, "months");
	last = date_month_start(x->today);	/* months before this are over */
	if (x->end != DATE_NONE && x->end < last)
		last = date_month_end(x->end);
	for (m = date_month_start(c->start); m < last; m = month_after(m, 1)) {
		due = month_after(m, months);
		date_to_ymd(due, &y, &mo, &dd);
		dd = day < 1 ? 1 : day > date_month_days(y, mo) ?
		    date_month_days(y, mo) : day;
		due = cal_roll_forward(x->country, date_from_ymd(y, mo, dd));
		done = DATE_NONE;
		met = has_event_period(c, EV_FK_REPORT, m, DATE_NONE, &done);
		date_format(m, mon);
		mon[7] = '\0';
		add(x, R_FK_REPORT, &c->pos, due, met, done,
		    "FK time report (FK 3059) for %s", mon);
	}
}

/* dv.summary: a summary of the daily notes for each month (or quarter)
 * since the start that is over, due a grace period after it. */
static void
summary_rule(struct ctx *x)
{
	const struct care_case *c = x->c;
	char label[32], d[DATE_BUFSZ];
	struct duration grace;
	cdate s, e, done;
	bool quarterly, met;
	int y, m, dd;

	if (!on(x, R_DV_SUMMARY) || c->start == DATE_NONE)
		return;
	quarterly = profile_choice(x->p, R_DV_SUMMARY, "period") == 1;
	grace = dur(x, R_DV_SUMMARY, "grace");
	s = date_month_start(c->start);
	if (quarterly) {
		date_to_ymd(s, &y, &m, &dd);
		s = date_from_ymd(y, (m - 1) / 3 * 3 + 1, 1);
	}
	for (;; s = e + 1) {
		e = date_month_end(date_add_months(s, quarterly ? 2 : 0));
		if (e >= x->today || (x->end != DATE_NONE && s > x->end))
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
		add(x, R_DV_SUMMARY, &c->pos, cal_add(x->country, e, grace),
		    met, done, "summary of the daily notes for %s", label);
	}
}

/* Deadlines that events set: requests, notices, applications, provider
 * choices and changes, complaints. */
static void
event_rules(struct ctx *x)
{
	const struct care_case *c = x->c;
	const struct param_value *within;
	char d[DATE_BUFSZ], w[16];
	struct duration ahead;
	size_t i;

	for (i = 0; i < c->nevents; i++) {
		const struct event *e = &c->events[i];
		enum rule_id r;

		switch (e->type) {
		case EV_SCHEDULE_CHANGE:
		case EV_ASSISTANT_CHANGE:
			r = e->type == EV_SCHEDULE_CHANGE ?
			    R_SCHEDULE_CHANGE_NOTICE :
			    R_ASSISTANT_CHANGE_NOTICE;
			if (!on(x, r))
				break;
			ahead = dur(x, r, "ahead");
			ahead.n = -ahead.n;
			add(x, r, &e->pos, cal_add(x->country, e->effective,
			    ahead), e->requested != DATE_NONE, e->requested,
			    "request for the %s change taking effect %s",
			    e->type == EV_SCHEDULE_CHANGE ? "schedule" :
			    "assistant", date_format(e->effective, d));
			break;
		case EV_ABSENCE:
			if (!on(x, R_ABSENCE_NOTIFY))
				break;
			ahead = dur(x, R_ABSENCE_NOTIFY, "after");
			if (e->to != DATE_NONE && e->to < cal_add(x->country,
			    e->from, ahead))
				break;	/* not longer than the limit */
			add(x, R_ABSENCE_NOTIFY, &e->pos, cal_add(x->country,
			    e->from, ahead), e->notified != DATE_NONE,
			    e->notified, "notice to the LSS case officer of "
			    "the absence from %s", date_format(e->from, d));
			break;
		case EV_APPLICATION:
			date_format(e->received, d);
			if (on(x, R_APPLICATION_CONTACT))
				add(x, R_APPLICATION_CONTACT, &e->pos,
				    cal_add(x->country, e->received, dur(x,
				    R_APPLICATION_CONTACT, "within")),
				    e->contacted != DATE_NONE, e->contacted,
				    "first contact on the application received "
				    "%s", d);
			if (on(x, R_APPLICATION_DECISION))
				add(x, R_APPLICATION_DECISION, &e->pos,
				    cal_add(x->country, e->received, dur(x,
				    R_APPLICATION_DECISION, "within")),
				    e->decided != DATE_NONE, e->decided,
				    "written decision on the application "
				    "received %s", d);
			break;
		case EV_PROVIDER_CHOICE:
			if (!on(x, R_PROVIDER_START))
				break;
			ahead = dur(x, R_PROVIDER_START, e->urgent ?
			    "urgent_within" : "within");
			add(x, R_PROVIDER_START, &e->pos, cal_add(x->country,
			    e->chosen, ahead), c->start != DATE_NONE &&
			    c->start >= e->chosen, c->start, "start of %shelp "
			    "within %s of choosing the provider on %s",
			    e->urgent ? "urgent " : "", fmtdur(ahead, w),
			    date_format(e->chosen, d));
			break;
		case EV_PROVIDER_CHANGE:
			if (on(x, R_PROVIDER_CHANGE))
				add(x, R_PROVIDER_CHANGE, &e->pos,
				    month_after(e->notice, 2), false,
				    DATE_NONE, "change of provider after "
				    "notice given %s",
				    date_format(e->notice, d));
			break;
		case EV_COMPLAINT:
			if (!on(x, R_COMPLAINT_RESPONSE))
				break;
			within = profile_param(x->p, R_COMPLAINT_RESPONSE,
			    "within");
			if (!within->set)
				break;	/* no time set: the rule is off */
			add(x, R_COMPLAINT_RESPONSE, &e->pos,
			    cal_add(x->country, e->received, within->dur),
			    e->answered != DATE_NONE, e->answered, "answer to "
			    "the complaint received %s",
			    date_format(e->received, d));
			break;
		default:
			break;
		}
	}
}

/* Lists every deadline of a case under its profile, met or not. */
void
deadlines_collect(const struct care_case *c, const struct profile *p,
    cdate today, struct deadlines *out)
{
	struct ctx x;

	x.c = c;
	x.p = p;
	x.country = regime_country(c->regime);
	x.today = today;
	x.end = case_end(c, p);
	x.out = out;
	start_rules(&x);
	followup_rule(&x);
	decision_rules(&x);
	contract_rule(&x);
	fk_rule(&x);
	summary_rule(&x);
	event_rules(&x);
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
	return r == R_DECISION_REVIEW || r == R_CONTRACT_NOTICE ||
	    r == R_DECISION_APPEAL_WINDOW || r == R_PROVIDER_CHANGE;
}

enum dl_state
deadline_state(const struct deadline *dl, const struct profile *p,
    enum country country, const struct dw_options *o)
{
	const struct param_value *notice;
	struct duration h = o->within;

	if (dl->satisfied)
		return DL_DONE;
	notice = profile_param(p, dl->rule, "notice");
	if (notice->set)
		h = notice->dur;
	if (dl->due < o->today)
		return deadline_is_info(dl->rule) ? DL_PAST : DL_OVERDUE;
	if (dl->due <= cal_add(country, o->today, h))
		return DL_DUE;
	return DL_LATER;
}

static const char *
days(long n, char *buf, size_t size)
{
	snprintf(buf, size, "%ld day%s", n, n == 1 ? "" : "s");
	return buf;
}

/* The findings of one case's deadlines on the day, in date order. */
void
deadlines_check(const struct care_case *c, const struct profile *p,
    const struct dw_options *o, struct findings *f)
{
	static const char *const state_names[] = { "done", "overdue", "due",
	    "later", "past" };
	struct deadlines dls = { NULL, 0, 0 };
	const struct deadline *dl;
	struct finding *fi;
	enum dl_state st;
	enum severity sev;
	char due[DATE_BUFSZ], done[DATE_BUFSZ], n[32], msg[512], pre[16];
	size_t i, first = f->n;
	bool report;

	deadlines_collect(c, p, o->today, &dls);
	for (i = 0; i < dls.n; i++) {
		dl = &dls.v[i];
		st = deadline_state(dl, p, regime_country(c->regime), o);
		report = st == DL_OVERDUE || st == DL_DUE;
		if (!report && !o->all)
			continue;
		sev = st == DL_OVERDUE ? SEV_ERROR : st == DL_DUE &&
		    !deadline_is_info(dl->rule) ? SEV_WARNING : SEV_INFO;
		date_format(dl->due, due);
		if (st == DL_DONE) {
			if (dl->done != DATE_NONE)
				snprintf(msg, sizeof(msg), "%s was due %s; done "
				    "%s", dl->what, due, date_format(dl->done,
				    done));
			else
				snprintf(msg, sizeof(msg), "%s was due %s; "
				    "done", dl->what, due);
		} else if (dl->due < o->today)
			snprintf(msg, sizeof(msg), "%s was due %s, %s ago",
			    dl->what, due, days(o->today - dl->due, n,
			    sizeof(n)));
		else if (dl->due == o->today)
			snprintf(msg, sizeof(msg), "%s is due today, %s",
			    dl->what, due);
		else
			snprintf(msg, sizeof(msg), "%s is due %s, in %s",
			    dl->what, due, days(dl->due - o->today, n,
			    sizeof(n)));
		pre[0] = '\0';
		if (o->all)
			snprintf(pre, sizeof(pre), "%s: ", state_names[st]);
		fi = findings_add(f, &dl->pos, c->id, sev, dl->rule, dl->due,
		    "%s%s", pre, msg);
		fi->counts = report;
	}
	findings_sort(f, first);
	deadlines_free(&dls);
}
