/* Daily and weekly rest (see rest.h). */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "rest.h"
#include "shift.h"

#define REST_UNKNOWN	INT32_MAX	/* before the first or after the last */

/* The day PAN's Bilaga J took effect: long shifts from then on. */
#define PAN_J_FROM	date_from_ymd(2024, 2, 1)
#define PAN_J_MAX	(24 * 60)
/* Vårdföretagarna PA: the average over consecutive periods of 14 days. */
#define VF_DAYS		14

const char *
worktime_label(enum worktime wt)
{
	static const char *const label[WT_COUNT] = { N_("ATL"),
	    N_("household work"), N_("PAN Bilaga J"),
	    N_("Vårdföretagarna PA") };

	return F_(label[wt]);
}

/* Fixed periods of days days, each from minute brk of day anchor + k *
 * days, Stockholm time. */
struct periods {
	cdate	anchor;
	int	days, brk;
};

/* Period k's first minute, UTC, from its local minute l when it is not in
 * the stretch of one offset tz_to_utc keeps: the first minute the clock
 * shows the break or later, so a break in the hour the clock skips in
 * spring is at 03:00. */
static int32_t __attribute__((noinline))
period_start_slow(cminute l)
{
	int i;

	for (i = 0; i < 120 && tz_local(ZONE_STOCKHOLM, l) == TZ_LOCAL_NEVER;
	    i++)
		l++;
	return (int32_t)tz_to_utc(ZONE_STOCKHOLM, l);
}

/* Period k's first minute, UTC (see period_start_slow); within the
 * stretch of one offset tz_to_utc keeps, at once. */
static inline int32_t
period_start(const struct periods *pp, long k)
{
	cminute l = datetime_make(pp->anchor + (cdate)(k * pp->days), pp->brk);

	/* the stretch read in place, as tz.h's readers do */
	if (TZ_IN_LOCAL(ZONE_STOCKHOLM, l))
		return (int32_t)(l - tz_local_stretch[ZONE_STOCKHOLM].off);
	return period_start_slow(l);
}

/* The period of UTC minute t, as period_start() cuts them: the clock's
 * answer, but within three hours of the break asked of period_start(). */
static long
period_of(const struct periods *pp, int32_t t)
{
	cminute l = tz_to_local(ZONE_STOCKHOLM, t) - pp->brk;
	long k = floor_div((long)datetime_date(l) - pp->anchor, pp->days);
	long into = ((long)datetime_date(l) - pp->anchor - k * pp->days) *
	    1440 + (long)(l - datetime_make(datetime_date(l), 0));

	if (into >= 180 && into < (long)pp->days * 1440 - 180)
		return k;
	if (t < period_start(pp, k))
		k--;
	else if (t >= period_start(pp, k + 1))
		k++;
	return k;
}

/* One period being swept: the work in it, and the longest stretch of rest
 * that touches it (a rest across the break counts in both periods). */
struct pstate {
	long		k;
	int32_t		ps, pe, worked, best;
	size_t		first;		/* its first stretch */
	bool		skip;		/* judged by the long-shift rule */
};

/* The sweep of one rule over one staff member's stretches. */
struct sweep {
	const struct timesheet	*ts;
	enum rule_id		 rule;
	enum worktime		 wt;
	const struct interval	*w;
	size_t			 nw;
	bool			 pan;	/* daily: PAN's long stretches apart */
	int32_t			 need;
	struct periods		 pp;
	/* Vårdföretagarna's average, over the block of 14 days vblock */
	int32_t			 avg_need;
	long			 vblock;
	double			 vsum;
	int			 vdays;
	size_t			 vfirst;
};

static void
rest_find(const struct sweep *sw, size_t stretch, enum severity sev,
    const char *msg)
{
	shift_find(sw->ts, &sw->ts->v[sw->w[stretch].shift], sev, sw->rule,
	    msg);
}

static const char *
staff_of(const struct sweep *sw, size_t stretch)
{
	const struct timesheet *ts = sw->ts;

	return pseudo(PSEUDO_STAFF,
	    ts->staff[ts->v[sw->w[stretch].shift].staff].id);
}

/* Vårdföretagarna: the average daily rest of the days worked in a block of
 * 14 days. */
static void
vf_average(struct sweep *sw)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ], msg[512];
	cdate first = sw->pp.anchor + (cdate)(sw->vblock * VF_DAYS);
	int32_t avg;

	if (sw->vdays == 0)
		return;
	avg = (int32_t)(sw->vsum / sw->vdays);
	if (avg < sw->avg_need) {
		snprintf(msg, sizeof(msg), F_("%s has %d h %02d min of daily "
		    "rest on average over the %d days worked in %s..%s (at "
		    "least %d h %02d min on average; %s)"), staff_of(sw,
		    sw->vfirst), avg / 60, avg % 60, sw->vdays,
		    date_format(first, a), date_format(first + VF_DAYS - 1, b),
		    sw->avg_need / 60, sw->avg_need % 60,
		    worktime_label(sw->wt));
		rest_find(sw, sw->vfirst, SEV_ERROR, msg);
	}
	sw->vsum = 0;
	sw->vdays = 0;
}

/* The rules a period is judged by: PAN's before Bilaga J are the law's. */
static enum worktime
period_rules(const struct sweep *sw, int32_t ps)
{
	if (sw->wt == WT_PAN_J &&
	    datetime_date(tz_to_local(ZONE_STOCKHOLM, ps)) < PAN_J_FROM)
		return WT_ATL;
	return sw->wt;
}

/* The finding of a period with got minutes of rest in one stretch, short
 * of what it needs; apart from judge, which runs once a day worked, so
 * that its buffers are not set up for each. */
static void __attribute__((noinline, cold))
short_rest(const struct sweep *sw, size_t first, int32_t ps, int32_t got)
{
	char a[DATETIME_BUFSZ], msg[512];

	snprintf(msg, sizeof(msg), F_("%s has at most %d h %02d min of "
	    "rest in one stretch in %s from %s (at least %d h %02d "
	    "min; %s)"), staff_of(sw, first), got / 60,
	    got % 60, sw->pp.days == 1 ? F_("the day") : F_("the week"),
	    shift_local_text(ZONE_STOCKHOLM, ps, a),
	    sw->need / 60, sw->need % 60,
	    worktime_label(period_rules(sw, ps)));
	rest_find(sw, first, SEV_ERROR, msg);
}

/* A period's judgement: its longest rest in one stretch is the longest
 * that touches it, but never more than the part of its 24 hours (or 7
 * days) not worked.  The law's periods are 24 hours long (ATL 13 §): a
 * day the clock is put forward or back allows the same work as any. */
static inline void
judge(struct sweep *sw, const struct pstate *st)
{
	int32_t got, free = (int32_t)sw->pp.days * 1440 - st->worked;
	long vb;

	if (st->skip)
		return;
	if (free < 0)
		free = 0;
	got = st->best < free ? st->best : free;
	if (got < sw->need)
		short_rest(sw, st->first, st->ps, got);
	if (sw->avg_need == 0)
		return;
	vb = floor_div(st->k, VF_DAYS);
	if (vb != sw->vblock) {
		vf_average(sw);
		sw->vblock = vb;
		sw->vfirst = st->first;
	}
	sw->vsum += got;
	sw->vdays++;
}

/* The rest before stretch i, if it reaches into the period from ps. */
static int32_t
rest_before(const struct sweep *sw, size_t i, int32_t ps)
{
	if (sw->w[i].start <= ps)
		return 0;
	return i == 0 ? REST_UNKNOWN : sw->w[i].start - sw->w[i - 1].end;
}

/* The rest after stretch i. */
static int32_t
rest_after(const struct sweep *sw, size_t i)
{
	return i + 1 < sw->nw ? sw->w[i + 1].start - sw->w[i].end :
	    REST_UNKNOWN;
}

static inline int32_t
max_rest(int32_t a, int32_t b)
{
	return a > b ? a : b;
}

/* Walks the stretches period by period, judging each period worked in. */
static void
sweep_periods(struct sweep *sw)
{
	const struct interval *w = sw->w;
	const size_t nw = sw->nw;
	const bool pan = sw->pan;
	struct pstate st = { 0 };
	bool open = false;
	int32_t t, seg, pe;
	size_t i;
	long k;

	for (i = 0; i < nw; i++) {
		for (t = w[i].start; t < w[i].end; t = seg) {
			if (!open || t >= st.pe) {
				if (open)
					judge(sw, &st);
				/* the period after the last begins where it
				 * ends, and is mostly the one t is in */
				if (open && t < (pe = period_start(&sw->pp,
				    st.k + 2))) {
					k = st.k + 1;
					st.ps = st.pe;
				} else {
					k = period_of(&sw->pp, t);
					st.ps = open && k == st.k + 1 ? st.pe :
					    period_start(&sw->pp, k);
					pe = period_start(&sw->pp, k + 1);
				}
				st.pe = pe;
				st.k = k;
				st.ps = st.ps > t ? t : st.ps;
				st.pe = st.pe <= t ? t + 1 : st.pe;
				st.worked = st.best = 0;
				st.first = i;
				st.skip = false;
				open = true;
			}
			/* the rests before and after that reach into it */
			if (t == w[i].start && w[i].start > st.ps)
				st.best = max_rest(st.best, i == 0 ?
				    REST_UNKNOWN : w[i].start - w[i - 1].end);
			seg = w[i].end < st.pe ? w[i].end : st.pe;
			st.worked += seg - t;
			st.skip |= pan && w[i].pan_long;
			if (w[i].end < st.pe)
				st.best = max_rest(st.best, i + 1 < nw ?
				    w[i + 1].start - w[i].end : REST_UNKNOWN);
		}
	}
	if (open)
		judge(sw, &st);
	if (sw->avg_need != 0)
		vf_average(sw);
}

/* The rolling reading: from each start of work, the window must hold the
 * rest in one stretch (nxt: room for nw + 1). */
static void
rolling(const struct sweep *sw, int32_t len, uint32_t *nxt)
{
	const struct interval *w = sw->w;
	char a[DATETIME_BUFSZ], msg[512];
	int32_t need = sw->need, got, prev, to;
	size_t i, j, nw = sw->nw;

	/* nxt[i]: the first stretch from i on followed by a rest of at least
	 * need (nw: none); a window passes at once when that rest fits in
	 * it, and is read in full only when it does not */
	nxt[nw] = (uint32_t)nw;
	for (i = nw; i-- > 0;)
		nxt[i] = i + 1 == nw || w[i + 1].start - w[i].end >= need ?
		    (uint32_t)i : nxt[i + 1];
	for (i = 0; i < nw; i++) {
		if (nxt[i] < nw && w[nxt[i]].end + need <= w[i].start + len)
			continue;
		to = w[i].start + len;
		got = 0;
		prev = w[i].end < to ? w[i].end : to;
		for (j = i + 1; j < nw && w[j].start < to && got < need; j++) {
			got = w[j].start - prev > got ? w[j].start - prev : got;
			prev = w[j].end < to ? w[j].end : to;
		}
		if (got < need && to - prev > got)
			got = to - prev;
		if (got >= need)
			continue;
		snprintf(msg, sizeof(msg), F_("%s has at most %d h %02d min of "
		    "rest in one stretch in the %s from %s (at least %d h "
		    "%02d min; %s, rolling)"), staff_of(sw, i), got / 60,
		    got % 60, sw->rule == R_WORKTIME_DAILY_REST ?
		    F_("24 hours") : F_("7 days"),
		    shift_local_text(ZONE_STOCKHOLM, w[i].start, a),
		    need / 60, need % 60, worktime_label(sw->wt));
		rest_find(sw, i, SEV_ERROR, msg);
	}
}

/* A month of a night worker's: kept as this and made into its message
 * when written, for there is one a month for each night worker. */
struct night {
	const char	*staff;		/* the id, not yet pseudonymised */
	cdate		 day;		/* the first night */
	int		 nights;
	enum worktime	 wt;
};

/* The message of a struct night. */
static void
night_text(const void *args, char *msg, size_t size)
{
	const struct night *n = args;
	char a[DATE_BUFSZ], m[DATE_BUFSZ];
	const char *staff = pseudo(PSEUDO_STAFF, n->staff);

	date_format(n->day, a);
	memcpy(m, a, 7);
	m[7] = '\0';
	if (n->nights == 1)
		i18n_sd(msg, size, F_("%s works between 00:00 and 05:00 on "
		    "%s: the daily rest should include that time unless the "
		    "work requires otherwise (%s)"), staff, a,
		    worktime_label(n->wt));
	else
		i18n_sd(msg, size, FN_("%s works between 00:00 and 05:00 on "
		    "%d night in %s, the first %s: the daily rest should "
		    "include that time unless the work requires otherwise "
		    "(%s)", "%s works between 00:00 and 05:00 on %d nights in "
		    "%s, the first %s: the daily rest should include that "
		    "time unless the work requires otherwise (%s)",
		    (unsigned long)n->nights), staff, n->nights, m, a,
		    worktime_label(n->wt));
}

/* The nights of one calendar month that a staff member works, from the
 * stretch first, the first on day. */
static void
night_month(const struct sweep *sw, size_t first, cdate day, int nights)
{
	const struct timesheet *ts = sw->ts;
	const struct stored *s = &ts->v[sw->w[first].shift];
	struct night n = { ts->staff[s->staff].id, day, nights, sw->wt };

	shift_find_later(ts, s, SEV_WARNING, sw->rule, night_text, &n,
	    sizeof(n));
}

/* ATL 13 §: the daily rest includes 00:00-05:00; the nights worked in
 * that time are noted once a calendar month, each night once. */
static void
night_work(const struct sweep *sw)
{
	cminute ls, le;
	cdate d, day = DATE_NONE, last = DATE_NONE, mfirst = 0, mlast = 0;
	size_t i, first = 0;
	int nights = 0;

	for (i = 0; i < sw->nw; i++) {
		ls = tz_to_local(ZONE_STOCKHOLM, sw->w[i].start);
		le = tz_to_local(ZONE_STOCKHOLM, sw->w[i].end);
		d = datetime_date(ls);
		if (ls >= datetime_make(d, 5 * 60))
			d++;
		for (; datetime_make(d, 0) < le; d++) {
			if (d == last)
				continue;
			/* day's month runs mfirst..mlast */
			if (nights > 0 && (d < mfirst || d > mlast)) {
				night_month(sw, first, day, nights);
				nights = 0;
			}
			if (nights++ == 0) {
				first = i;
				day = d;
				mfirst = date_month_start(d);
				mlast = date_month_end(d);
			}
			last = d;
		}
	}
	if (nights > 0)
		night_month(sw, first, day, nights);
}

/* PAN Bilaga J: the rest before long stretch i, a whole daily rest, since
 * the periods the stretch touches are not judged by the 11 hours. */
static void
pan_before(const struct sweep *sw, size_t i)
{
	char a[DATETIME_BUFSZ], msg[512];
	int32_t len = sw->w[i].end - sw->w[i].start;
	int32_t before = rest_before(sw, i, INT32_MIN);

	if (before >= sw->need)
		return;
	snprintf(msg, sizeof(msg), F_("%s has %d h %02d min of rest before "
	    "a stretch of %d h %02d min from %s (at least %d h %02d min; %s)"),
	    staff_of(sw, i), before / 60, before % 60, len / 60, len % 60,
	    shift_local_text(ZONE_STOCKHOLM, sw->w[i].start, a),
	    sw->need / 60, sw->need % 60, worktime_label(sw->wt));
	rest_find(sw, i, SEV_ERROR, msg);
}

/* PAN Bilaga J: a stretch longer than a day's work under the daily rest,
 * begun on or after the day the appendix took effect, may last up to 24
 * hours when the rest before it is a daily rest and the rest after it at
 * least as long as the stretch.  Marks them. */
static void
pan_long(const struct sweep *sw, struct interval *w)
{
	char a[DATETIME_BUFSZ], msg[512];
	int32_t len, after;
	size_t i;

	for (i = 0; i < sw->nw; i++) {
		len = sw->w[i].end - sw->w[i].start;
		w[i].pan_long = len > 24 * 60 - sw->need &&
		    shift_day(&sw->ts->cases[sw->ts->v[w[i].shift].kase],
		    w[i].start) >= PAN_J_FROM;
		if (!w[i].pan_long)
			continue;
		pan_before(sw, i);
		after = rest_after(sw, i);
		shift_local_text(ZONE_STOCKHOLM, sw->w[i].start, a);
		if (len > PAN_J_MAX)
			snprintf(msg, sizeof(msg), F_("%s works %d h %02d min "
			    "in one stretch from %s (at most 24 h; %s)"),
			    staff_of(sw, i), len / 60, len % 60, a,
			    worktime_label(sw->wt));
		else if (after < len)
			snprintf(msg, sizeof(msg), F_("%s works %d h %02d min "
			    "in one stretch from %s, followed by %d h %02d min "
			    "of rest (at least as long as the stretch; %s)"),
			    staff_of(sw, i), len / 60, len % 60, a,
			    after / 60, after % 60, worktime_label(sw->wt));
		else
			continue;
		rest_find(sw, i, SEV_ERROR, msg);
	}
}

/* Reads the rest rules' parameters of profile p into rp, each only
 * where the rule reads it. */
void
rest_params(const struct profile *p, struct rest_params *rp)
{
	enum rule_id d = R_WORKTIME_DAILY_REST, w = R_WORKTIME_WEEKLY_REST;

	memset(rp, 0, sizeof(*rp));
	rp->p = p;
	if ((rp->daily = profile_on(p, d))) {
		rp->d_anchor = date_from_ymd(1900, 1, 1);
		rp->d_need = (int32_t)dur_minutes(profile_dur(p, d, "rest"));
		rp->d_brk = profile_time(p, d, "break");
		rp->d_night = profile_bool(p, d, "night");
		if ((rp->d_rolling = profile_bool(p, d, "rolling")))
			rp->d_window = (int32_t)dur_minutes(profile_dur(p, d,
			    "window"));
		rp->d_min_rest = profile_param(p, d, "min_rest");
	}
	if ((rp->weekly = profile_on(p, w))) {
		rp->w_need = (int32_t)dur_minutes(profile_dur(p, w, "rest"));
		if ((rp->w_rolling = profile_bool(p, w, "rolling")))
			rp->w_window = (int32_t)dur_minutes(profile_dur(p, w,
			    "window"));
		else {
			/* 1 January 1900 was a Monday */
			rp->w_anchor = date_from_ymd(1900, 1, 1) +
			    profile_choice(p, w, "break_day");
			rp->w_brk = profile_time(p, w, "break");
		}
	}
}

/* worktime.daily-rest: fixed periods from the daily break, or a rolling
 * window; with the agreement's own rules. */
static void
daily(struct sweep *sw, const struct rest_params *rp, struct interval *w,
    uint32_t *nxt)
{
	sw->rule = R_WORKTIME_DAILY_REST;
	sw->need = rp->d_need;
	sw->pp.anchor = rp->d_anchor;
	sw->pp.days = 1;
	sw->pp.brk = rp->d_brk;
	if (sw->wt == WT_ATL && rp->d_night)
		night_work(sw);
	if (rp->d_rolling) {
		rolling(sw, rp->d_window, nxt);
		return;
	}
	if (sw->wt == WT_PAN_J) {
		pan_long(sw, w);
		sw->pan = true;
	}
	if (sw->wt == WT_VF_PA) {
		sw->avg_need = sw->need;
		/* read here: a profile needs it only for this agreement */
		sw->need = (int32_t)dur_minutes(rp->d_min_rest->set ?
		    rp->d_min_rest->dur : profile_dur(rp->p, sw->rule,
		    "min_rest"));
		sw->vblock = LONG_MIN;
	}
	sweep_periods(sw);
}

/* worktime.weekly-rest: fixed periods of seven days from the weekly break,
 * or a rolling window. */
static void
weekly(struct sweep *sw, const struct rest_params *rp, uint32_t *nxt)
{
	sw->rule = R_WORKTIME_WEEKLY_REST;
	sw->need = rp->w_need;
	sw->avg_need = 0;
	sw->pan = false;
	if (rp->w_rolling) {
		rolling(sw, rp->w_window, nxt);
		return;
	}
	sw->pp.anchor = rp->w_anchor;
	sw->pp.days = 7;
	sw->pp.brk = rp->w_brk;
	sweep_periods(sw);
}

/* The rest rules over one staff member's stretches w[0..nw), under the
 * agreement wt, with the parameters rp of rest_params(); nxt is room for
 * nw + 1 entries. */
void
rest_check(const struct timesheet *ts, const struct rest_params *rp,
    enum worktime wt, struct interval *w, size_t nw, uint32_t *nxt)
{
	struct sweep sw = { 0 };

	if (nw == 0)
		return;
	sw.ts = ts;
	sw.wt = wt;
	sw.w = w;
	sw.nw = nw;
	if (rp->daily)
		daily(&sw, rp, w, nxt);
	if (rp->weekly)
		weekly(&sw, rp, nxt);
}
