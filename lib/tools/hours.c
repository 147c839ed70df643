/* hours-check's engine: a stream of shifts against the decisions,
 * working-time law and Försäkringskassan billing.  It stores the shifts
 * (hours_log.c reads them), orders and groups them at the end of the
 * stream, and hands them to the rule families of lib/rules. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "par.h"
#include "rules/caseidx.h"
#include "rules/grant.h"
#include "rules/homehelp.h"
#include "rules/staffing.h"
#include "rules/worktime.h"
#include "tools/hours_int.h"
#include "xalloc.h"

struct hours *
hours_new(const struct caseset *set, const struct profiles *ps,
    const struct hours_options *o, struct findings *f)
{
	struct hours *h = xcalloc(1, sizeof(*h));
	size_t i;

	h->set = set;
	h->o = *o;
	h->ts.f = f;
	h->ts.ps = ps;
	h->ts.today = o->today;
	actlog_init(&h->log, set);
	h->ts.files = h->log.files;
	h->ts.staff_map = &h->log.staff_map;
	arena_init(&h->a);
	h->ts.dk_first = h->ts.dk_last = DATE_NONE;
	h->ts.ncases = set->ncases;
	h->ts.cases = xcalloc(set->ncases + 1, sizeof(*h->ts.cases));
	for (i = 0; i < set->ncases; i++) {
		grant_case_init(&h->ts.cases[i], set->cases[i],
		    profiles_for(ps, set->cases[i]->regime));
		h->ts.cases[i].by_month = o->per_month;
	}
	return h;
}

void
hours_free(struct hours *h)
{
	size_t i;

	if (h == NULL)
		return;
	for (i = 0; i < h->ts.ncases; i++) {
		free(h->ts.cases[i].per);
		free(h->ts.cases[i].mv);
	}
	free(h->ts.cases);
	free(h->ts.staff);
	free(h->ts.v);
	free(h->ts.marks);
	free(h->fk);
	free(h->sum.v);
	actlog_free(&h->log);
	arena_free(&h->a);
	free(h);
}

struct hours_counts
hours_counts(const struct hours *h)
{
	return (struct hours_counts){ h->log.read, h->log.used,
	    h->log.rejected, actlog_loss(&h->log) };
}

/*
 * The end of the stream: order, groups, and the rules that need every
 * shift.
 */

/* Whether shift i comes before shift j, which starts at the same minute:
 * by end, then by what they are (case, staff id, kind), so that the order
 * of the input does not change which of two equal shifts a finding is
 * about. */
static bool __attribute__((noinline))
same_start_before(const struct timesheet *ts, uint32_t i, uint32_t j)
{
	const struct stored *v = ts->v;
	int c;

	if (v[i].len != v[j].len)
		return v[i].len < v[j].len;
	if (v[i].kase != v[j].kase)
		return v[i].kase < v[j].kase;
	if (v[i].staff != v[j].staff && (c = strcmp(ts->staff[v[i].staff].id,
	    ts->staff[v[j].staff].id)) != 0)
		return c < 0;
	if (v[i].kind != v[j].kind)
		return v[i].kind < v[j].kind;
	return i < j;
}

/* Whether shift i comes before shift j: by start, inline (shifts of one
 * person rarely share one), then by same_start_before. */
static inline bool
before(const struct timesheet *ts, uint32_t i, uint32_t j)
{
	if (ts->v[i].start != ts->v[j].start)
		return ts->v[i].start < ts->v[j].start;
	return same_start_before(ts, i, j);
}

/* Sorts shift indices by time.  Input in order costs one pass; a little
 * disorder (teams listed one after the other within a day) is put right
 * by insertion, within a budget; beyond it a natural merge sort, cheap on
 * a few long runs (a staff member working for a few cases of a
 * case-ordered export). */
static void
sort_by_time(const struct timesheet *ts, uint32_t *a, uint32_t *tmp, size_t n)
{
	uint32_t *src = a, *dst = tmp, *t, x;
	size_t i, j, k, p, q, o, runs, moves = 0;

	for (i = 1; i < n && !before(ts, a[i], a[i - 1]); i++)
		;
	if (i >= n)
		return;
	memcpy(tmp, a, n * sizeof(*a));
	for (; i < n && moves <= 8 * n; i++) {
		x = a[i];
		for (j = i; j > 0 && before(ts, x, a[j - 1]); j--)
			a[j] = a[j - 1];
		moves += i - j;
		a[j] = x;
	}
	if (i >= n)
		return;
	memcpy(a, tmp, n * sizeof(*a));	/* too much disorder: merge */
	do {
		runs = 0;
		for (i = 0; i < n; i = k) {
			for (j = i + 1; j < n && !before(ts, src[j],
			    src[j - 1]); j++)
				;
			for (k = j < n ? j + 1 : j; k < n && !before(ts, src[k],
			    src[k - 1]); k++)
				;
			for (p = i, q = j, o = i; p < j || q < k;)
				dst[o++] = q >= k || (p < j &&
				    !before(ts, src[q], src[p])) ? src[p++] :
				    src[q++];
			runs++;
		}
		t = src;
		src = dst;
		dst = t;
	} while (runs > 1);
	if (src != a)
		memcpy(a, src, n * sizeof(*a));
}

/* Chunks of the end of the stream: at least a million shifts, so a
 * store of up to a million is grouped in one pass. */
#define CHUNK_MIN	(1024 * 1024)

/* Counts each group's members; off has room for ngroups + 1.  A chunk
 * takes at most 1 / GROUPING_CHUNKS of the store, or the largest group,
 * or floor shifts: the grouped indices stay small beside the store, and
 * the passes over it at most 2 * GROUPING_CHUNKS + 1. */
void
grouping_init(struct grouping *gp, const struct timesheet *ts, bool by_staff,
    size_t ngroups, uint32_t *off, size_t floor)
{
	size_t i, g, m = 0;

	gp->ts = ts;
	gp->by_staff = by_staff;
	gp->ngroups = ngroups;
	gp->g0 = gp->g1 = 0;
	gp->off = off;
	memset(off, 0, (ngroups + 1) * sizeof(*off));
	if (by_staff)
		for (i = 0; i < ts->n; i++)
			off[ts->v[i].staff + 1]++;
	else
		for (i = 0; i < ts->n; i++)
			off[ts->v[i].kase + 1]++;
	for (g = 0; g < ngroups; g++) {
		if (off[g + 1] > m)
			m = off[g + 1];
		off[g + 1] += off[g];
	}
	gp->largest = m;
	gp->budget = (ts->n + GROUPING_CHUNKS - 1) / GROUPING_CHUNKS;
	if (gp->budget < m)
		gp->budget = m;
	if (gp->budget < floor)
		gp->budget = floor < ts->n ? floor : ts->n;
	gp->pos = xcalloc(ngroups + 1, sizeof(*gp->pos));
	gp->idx = xcalloc(gp->budget + 1, sizeof(*gp->idx));
}

/* The next chunk's indices, by one pass over the store; false after the
 * last. */
bool
grouping_next(struct grouping *gp)
{
	const struct stored *v = gp->ts->v;
	const uint32_t *off = gp->off;
	uint32_t *idx = gp->idx, *pos, k;
	size_t i, n = gp->ts->n, g0, width;

	if (gp->g1 >= gp->ngroups)
		return false;
	g0 = gp->g0 = gp->g1;
	while (gp->g1 < gp->ngroups && off[gp->g1 + 1] - off[g0] <= gp->budget)
		gp->g1++;
	width = gp->g1 - g0;
	pos = gp->pos;
	for (i = 0; i < width; i++)
		pos[i] = off[g0 + i] - off[g0];
	if (gp->by_staff) {
		for (i = 0; i < n; i++)
			if ((k = v[i].staff - (uint32_t)g0) < width)
				idx[pos[k]++] = (uint32_t)i;
	} else {
		for (i = 0; i < n; i++)
			if ((k = v[i].kase - (uint32_t)g0) < width)
				idx[pos[k]++] = (uint32_t)i;
	}
	return true;
}

void
grouping_free(struct grouping *gp)
{
	free(gp->pos);
	free(gp->idx);
}

/* Groups of at least this many shifts are shared between two threads. */
#define SHARE_MIN	(64 * 1024)

/* Where groups g0..g1, of size(ctx, g) shifts each, split in two at the
 * middle of their shifts: g1 (all in the first half) when they are fewer
 * than SHARE_MIN or threads are off. */
static size_t
middle(size_t g0, size_t g1, size_t (*size)(const void *, size_t),
    const void *ctx)
{
	size_t g, total = 0, half = 0, mid;

	for (g = g0; g < g1; g++)
		total += size(ctx, g);
	if (total < SHARE_MIN || !par_enabled())
		return g1;
	for (mid = g0; mid < g1 && half < total / 2; mid++)
		half += size(ctx, mid);
	return mid;
}

/* fn over the first half here and over the second, when it has groups,
 * on a second thread beside it. */
static void
run_halves(void (*fn)(void *), void *first, void *second, bool any)
{
	struct par job;

	if (any)
		par_start(&job, fn, second);
	fn(first);
	if (any)
		par_join(&job);
}

/* The shifts of group g of a chunk of gp. */
static size_t
group_size(const void *gp, size_t g)
{
	const uint32_t *off = ((const struct grouping *)gp)->off;

	return off[g + 1] - off[g];
}

/* One thread's share of a chunk of staff, members g0..g1 of gp: each
 * member's shifts sorted by time, then hours.overlap and the rest rules,
 * into findings of its own, and the weekly average's periods over its
 * limit; ends[g - g0] and xends[g - g0] are how many of each it holds
 * after member g. */
struct share {
	struct timesheet	 ts;	/* the stream's, with f = &f */
	struct findings		 f;
	const struct grouping	*gp;
	size_t			 g0, g1;
	uint32_t		*tmp, *nxt, *ends, *xends;
	struct interval		*w;
	struct excess		*ex;
	size_t			 nex, capex;
};

static void
share_init(struct share *sh, const struct timesheet *ts,
    const struct grouping *gp)
{
	sh->ts = *ts;
	findings_init(&sh->f);
	sh->ts.f = &sh->f;
	sh->gp = gp;
	sh->tmp = xcalloc(gp->largest + 1, sizeof(*sh->tmp));
	sh->nxt = xcalloc(gp->largest + 1, sizeof(*sh->nxt));
	sh->w = xcalloc(gp->largest + 1, sizeof(*sh->w));
	sh->ends = xcalloc(ts->nstaff + 1, sizeof(*sh->ends));
	sh->xends = xcalloc(ts->nstaff + 1, sizeof(*sh->xends));
	sh->ex = NULL;
	sh->nex = sh->capex = 0;
}

static void
share_free(struct share *sh)
{
	findings_free(&sh->f);
	free(sh->tmp);
	free(sh->nxt);
	free(sh->w);
	free(sh->ends);
	free(sh->xends);
	free(sh->ex);
}

/* The shifts of member g of the chunk, and how many. */
static uint32_t *
member(const struct grouping *gp, size_t g, size_t *n)
{
	*n = group_size(gp, g);
	return gp->idx + gp->off[g] - gp->off[gp->g0];
}

/* The rules of one member of a share, n shifts l. */
static void
share_member(struct share *sh, size_t g, uint32_t *l, size_t n)
{
	sort_by_time(&sh->ts, l, sh->tmp, n);
	staffing_overlap(&sh->ts, l, n);
	if (!sh->ts.staff[g].se_pa)
		return;
	if (sh->capex - sh->nex < 2 * n + 2) {
		sh->capex = sh->nex + 2 * n + 2 > 2 * sh->capex ?
		    sh->nex + 2 * n + 2 : 2 * sh->capex;
		sh->ex = xreallocarray(sh->ex, sh->capex, sizeof(*sh->ex));
	}
	sh->nex += worktime_rest(&sh->ts, l, n, sh->w, sh->nxt,
	    sh->ex + sh->nex);
}

/* A share's rules; on either thread (they only read the timesheet). */
static void
share_run(void *arg)
{
	struct share *sh = arg;
	uint32_t *l;
	size_t g, n;

	sh->nex = 0;
	for (g = sh->g0; g < sh->g1; g++) {
		l = member(sh->gp, g, &n);
		if (n > 0)
			share_member(sh, g, l, n);
		sh->ends[g - sh->g0] = (uint32_t)sh->f.n;
		sh->xends[g - sh->g0] = (uint32_t)sh->nex;
	}
}

/* A share's findings into the stream's, each member's in turn followed by
 * its weekly average's: the order one thread would have made them in. */
static void
share_merge(struct timesheet *ts, struct share *sh)
{
	uint32_t *l;
	size_t g, n, from = 0, xfrom = 0, k;

	for (g = sh->g0; g < sh->g1; g++) {
		k = g - sh->g0;
		findings_append(ts->f, &sh->f, from, sh->ends[k]);
		from = sh->ends[k];
		if (sh->xends[k] > xfrom) {
			l = member(sh->gp, g, &n);
			worktime_unbill(ts, l, n, sh->ex + xfrom,
			    sh->xends[k] - xfrom);
			xfrom = sh->xends[k];
		}
	}
	findings_adopt(ts->f, &sh->f);
}

/* Each staff member's shifts in time order: hours.overlap, and the
 * working-time rules for staff of personal assistance.  A large chunk is
 * split in two at the middle of its shifts, one half on a second
 * thread. */
static void
by_staff(struct timesheet *ts, uint32_t *off)
{
	struct grouping gp;
	struct share sh[2];
	size_t mid;

	worktime_prepare(ts);
	/* room, not yet memory, for a finding in 16 shifts: the merges
	 * then seldom move the findings made so far */
	findings_reserve(ts->f, ts->n / 16);
	grouping_init(&gp, ts, true, ts->nstaff, off, CHUNK_MIN);
	share_init(&sh[0], ts, &gp);
	share_init(&sh[1], ts, &gp);
	while (grouping_next(&gp)) {
		mid = middle(gp.g0, gp.g1, group_size, &gp);
		sh[0].g0 = gp.g0;
		sh[0].g1 = sh[1].g0 = mid;
		sh[1].g1 = gp.g1;
		run_halves(share_run, &sh[0], &sh[1], mid < gp.g1);
		share_merge(ts, &sh[0]);
		share_merge(ts, &sh[1]);
	}
	grouping_free(&gp);
	share_free(&sh[0]);
	share_free(&sh[1]);
}

/* One thread's share of the cases g0..g1: each case's shifts in time
 * order, double staffing and introductions, into findings of its own.
 * A case's shifts are those of gp, or, without it, the case's run in the
 * store.  m marks, by staff, who knows the case's client. */
struct case_share {
	struct timesheet	 ts;	/* the stream's, with f = &f */
	struct findings		 f;
	const struct grouping	*gp;
	size_t			 g0, g1;
	uint32_t		*l, *tmp;
	struct case_marks	 m;
};

static void
case_share_init(struct case_share *cs, const struct timesheet *ts,
    const struct grouping *gp, size_t largest)
{
	cs->ts = *ts;
	findings_init(&cs->f);
	cs->ts.f = &cs->f;
	cs->gp = gp;
	cs->l = gp != NULL ? NULL : xcalloc(largest + 1, sizeof(*cs->l));
	cs->tmp = xcalloc(largest + 1, sizeof(*cs->tmp));
	cs->m.mark = xcalloc(ts->nstaff + 1, sizeof(*cs->m.mark));
	cs->m.known = xcalloc(ts->nstaff + 1, sizeof(*cs->m.known));
	cs->m.since = xcalloc(ts->nstaff + 1, sizeof(*cs->m.since));
}

static void
case_share_free(struct case_share *cs)
{
	findings_free(&cs->f);
	free(cs->l);
	free(cs->tmp);
	free(cs->m.mark);
	free(cs->m.known);
	free(cs->m.since);
}

/* The shifts of case g, and how many. */
static uint32_t *
case_shifts(struct case_share *cs, size_t g, size_t *n)
{
	const struct hcase *hc = &cs->ts.cases[g];
	size_t i;

	if (cs->gp != NULL)
		return member(cs->gp, g, n);
	*n = hc->count;
	for (i = 0; i < hc->count; i++)
		cs->l[i] = hc->first + (uint32_t)i;
	return cs->l;
}

/* A share's cases; on either thread (they only read the timesheet). */
static void
case_share_run(void *arg)
{
	struct case_share *cs = arg;
	uint32_t *l;
	size_t g, n;

	for (g = cs->g0; g < cs->g1; g++) {
		l = case_shifts(cs, g, &n);
		if (n == 0)
			continue;
		sort_by_time(&cs->ts, l, cs->tmp, n);
		staffing_case(&cs->ts, l, n, &cs->m);
	}
}

/* Cases g0..g1, of size(ctx, g) shifts each, in two shares split at the
 * middle of their shifts; their findings into the stream's in case
 * order. */
static void
cases_run(struct timesheet *ts, struct case_share cs[2], size_t g0,
    size_t g1, size_t (*size)(const void *, size_t), const void *ctx)
{
	size_t k, mid = middle(g0, g1, size, ctx);

	cs[0].g0 = g0;
	cs[0].g1 = cs[1].g0 = mid;
	cs[1].g1 = g1;
	run_halves(case_share_run, &cs[0], &cs[1], mid < g1);
	for (k = 0; k < 2; k++) {
		findings_append(ts->f, &cs[k].f, 0, cs[k].f.n);
		findings_adopt(ts->f, &cs[k].f);
	}
}

/* The shifts of case g, in its run in the store. */
static size_t
run_size(const void *ts, size_t g)
{
	return ((const struct timesheet *)ts)->cases[g].count;
}

/* Each case's shifts in time order.  Shifts that came in one run a case
 * need no grouping. */
static void
by_case(struct hours *h, uint32_t *off)
{
	struct timesheet *ts = &h->ts;
	struct case_share cs[2];
	struct grouping gp;
	size_t g, m = 0;

	if (h->scattered) {
		grouping_init(&gp, ts, false, ts->ncases, off, CHUNK_MIN);
		case_share_init(&cs[0], ts, &gp, gp.largest);
		case_share_init(&cs[1], ts, &gp, gp.largest);
		while (grouping_next(&gp))
			cases_run(ts, cs, gp.g0, gp.g1, group_size, &gp);
		grouping_free(&gp);
	} else {
		for (g = 0; g < ts->ncases; g++)
			if (ts->cases[g].count > m)
				m = ts->cases[g].count;
		case_share_init(&cs[0], ts, NULL, m);
		case_share_init(&cs[1], ts, NULL, m);
		cases_run(ts, cs, 0, ts->ncases, run_size, ts);
	}
	case_share_free(&cs[0]);
	case_share_free(&cs[1]);
}

/* Everything that needs the whole stream; then the findings in case order
 * and date order, unit-wide ones last. */
void
hours_end(struct hours *h, struct diag *d)
{
	struct timesheet *ts = &h->ts;
	const struct care_case *c;
	uint32_t *off;
	size_t i, j, n;

	unknown_rest(&h->log.unknown, d, N_("shift"), N_("shifts"));
	/* introduction events name staff the shifts may not */
	for (i = 0; i < h->set->ncases; i++) {
		c = h->set->cases[i];
		for (j = 0; j < c->nevents; j++)
			if (c->events[j].type == EV_INTRODUCTION)
				hours_staff_index(h, c->events[j].staff,
				    strlen(c->events[j].staff));
	}
	n = ts->nstaff > ts->ncases ? ts->nstaff : ts->ncases;
	off = xcalloc(n + 2, sizeof(*off));
	by_staff(ts, off);
	by_case(h, off);
	free(off);
	for (i = 0; i < ts->ncases; i++)
		if (ts->cases[i].granted && ts->cases[i].n > 0)
			grant_periods(ts, &ts->cases[i], &h->sum);
	homehelp_check(ts);
	findings_sort(ts->f, 0);
}
