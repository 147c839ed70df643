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

/* Stores and chunks of at least this many shifts are shared between two
 * threads. */
#define SHARE_MIN	(64 * 1024)

/* The pieces a shared chunk is cut into: enough for two threads to come
 * out even whatever else each is doing. */
#define PIECES		16

/* The halves the grouping passes run on side by side: 2, or 1 for a
 * store kept whole. */
static size_t
halves(const struct grouping *gp)
{
	return gp->split < gp->ts->n ? 2 : 1;
}

/* Half k of the store, [*from, *to). */
static void
half(const struct grouping *gp, size_t k, size_t *from, size_t *to)
{
	*from = k == 0 ? 0 : gp->split;
	*to = k == 0 ? gp->split : gp->ts->n;
}

/* The counting pass over half k: the first half's members into
 * gp->first, the second's into gp->off, each one past its group. */
static void
count_half(void *arg, size_t k, unsigned worker)
{
	struct grouping *gp = arg;
	const struct stored *v = gp->ts->v;
	uint32_t *c = k == 0 ? gp->first : gp->off;
	size_t i, from, to;

	(void)worker;
	half(gp, k, &from, &to);
	if (gp->by_staff)
		for (i = from; i < to; i++)
			c[v[i].staff + 1]++;
	else
		for (i = from; i < to; i++)
			c[v[i].kase + 1]++;
}

/* Counts each group's members; off has room for ngroups + 1.  A chunk
 * takes at most 1 / GROUPING_CHUNKS of the store, or the largest group,
 * or floor shifts: the grouped indices stay small beside the store, and
 * the passes over it at most 2 * GROUPING_CHUNKS + 1. */
void
grouping_init(struct grouping *gp, const struct timesheet *ts, bool by_staff,
    size_t ngroups, uint32_t *off, size_t floor)
{
	size_t g, m = 0;

	gp->ts = ts;
	gp->by_staff = by_staff;
	gp->ngroups = ngroups;
	gp->g0 = gp->g1 = 0;
	gp->off = off;
	gp->split = ts->n >= SHARE_MIN && par_enabled() ? ts->n / 2 : ts->n;
	gp->first = xcalloc(ngroups + 2, sizeof(*gp->first));
	memset(off, 0, (ngroups + 1) * sizeof(*off));
	par_each(halves(gp), count_half, gp);
	for (g = 0; g < ngroups; g++) {
		off[g + 1] += gp->first[g + 1];
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
	gp->pos[0] = xcalloc(ngroups + 1, sizeof(*gp->pos[0]));
	gp->pos[1] = xcalloc(ngroups + 1, sizeof(*gp->pos[1]));
	gp->idx = xcalloc(gp->budget + 1, sizeof(*gp->idx));
}

/* The placing pass over half k: the indices of the chunk's members in
 * it, each group's in store order, the second half's after the
 * first's. */
static void
place_half(void *arg, size_t k, unsigned worker)
{
	struct grouping *gp = arg;
	const struct stored *v = gp->ts->v;
	uint32_t *idx = gp->idx, *pos = gp->pos[k], x;
	uint32_t g0 = (uint32_t)gp->g0, width = (uint32_t)(gp->g1 - gp->g0);
	size_t i, from, to;

	(void)worker;
	half(gp, k, &from, &to);
	if (gp->by_staff) {
		for (i = from; i < to; i++)
			if ((x = v[i].staff - g0) < width)
				idx[pos[x]++] = (uint32_t)i;
	} else {
		for (i = from; i < to; i++)
			if ((x = v[i].kase - g0) < width)
				idx[pos[x]++] = (uint32_t)i;
	}
}

/* The next chunk's indices, by one pass over the store; false after the
 * last. */
bool
grouping_next(struct grouping *gp)
{
	const uint32_t *off = gp->off;
	size_t i, g0;

	if (gp->g1 >= gp->ngroups)
		return false;
	g0 = gp->g0 = gp->g1;
	while (gp->g1 < gp->ngroups && off[gp->g1 + 1] - off[g0] <= gp->budget)
		gp->g1++;
	for (i = 0; i < gp->g1 - g0; i++) {
		gp->pos[0][i] = off[g0 + i] - off[g0];
		gp->pos[1][i] = gp->pos[0][i] + gp->first[g0 + i + 1];
	}
	par_each(halves(gp), place_half, gp);
	return true;
}

void
grouping_free(struct grouping *gp)
{
	free(gp->first);
	free(gp->pos[0]);
	free(gp->pos[1]);
	free(gp->idx);
}

/* The shifts of group g of a chunk of gp. */
static size_t
group_size(const void *gp, size_t g)
{
	const uint32_t *off = ((const struct grouping *)gp)->off;

	return off[g + 1] - off[g];
}

/* The shifts of member g of the chunk, and how many. */
static uint32_t *
member(const struct grouping *gp, size_t g, size_t *n)
{
	*n = group_size(gp, g);
	return gp->idx + gp->off[g] - gp->off[gp->g0];
}

/* A piece of a chunk, groups g0..g1, with findings of its own. */
struct piece {
	struct timesheet	 ts;	/* the stream's, with f = &f */
	struct findings		 f;
	size_t			 g0, g1;
};

static void
pieces_init(struct piece p[PIECES], const struct timesheet *ts)
{
	size_t k;

	for (k = 0; k < PIECES; k++) {
		p[k].ts = *ts;
		findings_init(&p[k].f);
		p[k].ts.f = &p[k].f;
	}
}

static void
pieces_free(struct piece p[PIECES])
{
	size_t k;

	for (k = 0; k < PIECES; k++)
		findings_free(&p[k].f);
}

/* Groups g0..g1, of size(ctx, g) shifts each, cut into pieces of about
 * equal shifts; how many.  One piece when they are fewer than SHARE_MIN
 * shifts or threads are off. */
static size_t
pieces_cut(struct piece p[PIECES], size_t g0, size_t g1,
    size_t (*size)(const void *, size_t), const void *ctx)
{
	uint64_t total = 0, sum = 0;
	size_t g, k = 0;

	for (g = g0; g < g1; g++)
		total += size(ctx, g);
	p[0].g0 = g0;
	if (total >= SHARE_MIN && par_enabled())
		for (g = g0; g + 1 < g1 && k + 1 < PIECES; g++) {
			sum += size(ctx, g);
			if (sum * PIECES >= total * (k + 1)) {
				p[k].g1 = p[k + 1].g0 = g + 1;
				k++;
			}
		}
	p[k].g1 = g1;
	return k + 1;
}

/* The weekly average's periods over its limit that a piece of staff
 * found. */
struct excesses {
	struct excess		*v;
	size_t			 n, cap;
};

/* One thread's scratch for the staff rules, room for the largest
 * member. */
struct sscratch {
	uint32_t		*tmp, *nxt;
	struct interval		*w;
};

/* The staff rules over a chunk of gp, in pieces; ends[g - gp->g0] and
 * xends[g - gp->g0] are how many findings and periods member g's piece
 * holds after it. */
struct staff_job {
	struct timesheet	*ts;
	const struct grouping	*gp;
	struct piece		 p[PIECES];
	struct excesses		 ex[PIECES];
	size_t			 np;
	struct sscratch		 s[2];
	uint32_t		*ends, *xends;
};

static void
staff_job_init(struct staff_job *j, struct timesheet *ts,
    const struct grouping *gp)
{
	size_t k;

	memset(j, 0, sizeof(*j));
	j->ts = ts;
	j->gp = gp;
	pieces_init(j->p, ts);
	for (k = 0; k < 2; k++) {
		j->s[k].tmp = xcalloc(gp->largest + 1, sizeof(*j->s[k].tmp));
		j->s[k].nxt = xcalloc(gp->largest + 1, sizeof(*j->s[k].nxt));
		j->s[k].w = xcalloc(gp->largest + 1, sizeof(*j->s[k].w));
	}
	j->ends = xcalloc(ts->nstaff + 1, sizeof(*j->ends));
	j->xends = xcalloc(ts->nstaff + 1, sizeof(*j->xends));
}

static void
staff_job_free(struct staff_job *j)
{
	size_t k;

	pieces_free(j->p);
	for (k = 0; k < PIECES; k++)
		free(j->ex[k].v);
	for (k = 0; k < 2; k++) {
		free(j->s[k].tmp);
		free(j->s[k].nxt);
		free(j->s[k].w);
	}
	free(j->ends);
	free(j->xends);
}

/* The rules of one member of a piece, n shifts l. */
static void
staff_member(struct piece *p, struct excesses *x, struct sscratch *s,
    size_t g, uint32_t *l, size_t n)
{
	sort_by_time(&p->ts, l, s->tmp, n);
	staffing_overlap(&p->ts, l, n);
	if (!p->ts.staff[g].se_pa)
		return;
	if (x->cap - x->n < 2 * n + 2) {
		x->cap = x->n + 2 * n + 2 > 2 * x->cap ? x->n + 2 * n + 2 :
		    2 * x->cap;
		x->v = xreallocarray(x->v, x->cap, sizeof(*x->v));
	}
	x->n += worktime_rest(&p->ts, l, n, s->w, s->nxt, x->v + x->n);
}

/* Piece k of a staff job; on either thread (it only reads the
 * timesheet). */
static void
staff_piece(void *arg, size_t k, unsigned worker)
{
	struct staff_job *j = arg;
	struct piece *p = &j->p[k];
	struct excesses *x = &j->ex[k];
	uint32_t *l;
	size_t g, n;

	x->n = 0;
	for (g = p->g0; g < p->g1; g++) {
		l = member(j->gp, g, &n);
		if (n > 0)
			staff_member(p, x, &j->s[worker], g, l, n);
		j->ends[g - j->gp->g0] = (uint32_t)p->f.n;
		j->xends[g - j->gp->g0] = (uint32_t)x->n;
	}
}

/* Piece k's findings into the stream's, each member's in turn followed
 * by its weekly average's: the order one thread would have made them
 * in.  On the first thread, while the second may still work on later
 * pieces (which do not read what taking hours off billing changes). */
static void
staff_merge(void *arg, size_t piece)
{
	struct staff_job *j = arg;
	struct timesheet *ts = j->ts;
	struct piece *p = &j->p[piece];
	uint32_t *l;
	size_t g, n, from = 0, xfrom = 0, k;

	for (g = p->g0; g < p->g1; g++) {
		k = g - j->gp->g0;
		findings_append(ts->f, &p->f, from, j->ends[k]);
		from = j->ends[k];
		if (j->xends[k] > xfrom) {
			l = member(j->gp, g, &n);
			worktime_unbill(ts, l, n, j->ex[piece].v + xfrom,
			    j->xends[k] - xfrom);
			xfrom = j->xends[k];
		}
	}
	findings_adopt(ts->f, &p->f);
}

/* Each staff member's shifts in time order: hours.overlap, and the
 * working-time rules for staff of personal assistance.  A large chunk is
 * cut into pieces for two threads. */
static void
by_staff(struct timesheet *ts, uint32_t *off)
{
	struct grouping gp;
	struct staff_job j;

	worktime_prepare(ts);
	/* room, not yet memory, for a finding in 16 shifts: the merges
	 * then seldom move the findings made so far */
	findings_reserve(ts->f, ts->n / 16);
	grouping_init(&gp, ts, true, ts->nstaff, off, CHUNK_MIN);
	staff_job_init(&j, ts, &gp);
	while (grouping_next(&gp)) {
		j.np = pieces_cut(j.p, gp.g0, gp.g1, group_size, &gp);
		par_each_then(j.np, staff_piece, staff_merge, &j);
	}
	grouping_free(&gp);
	staff_job_free(&j);
}

/* One thread's scratch for the case rules: room for the largest case,
 * and marks, by staff, of who knows the case's client. */
struct cscratch {
	uint32_t		*l, *tmp;
	struct case_marks	 m;
};

/* Each case's shifts in time order, double staffing and introductions,
 * in pieces.  A case's shifts are those of gp, or, without it, the
 * case's run in the store. */
struct case_job {
	struct timesheet	*ts;
	const struct grouping	*gp;
	struct piece		 p[PIECES];
	size_t			 np;
	struct cscratch		 s[2];
};

static void
case_job_init(struct case_job *j, struct timesheet *ts,
    const struct grouping *gp, size_t largest)
{
	struct cscratch *s;
	size_t k;

	memset(j, 0, sizeof(*j));
	j->ts = ts;
	j->gp = gp;
	pieces_init(j->p, ts);
	for (k = 0; k < 2; k++) {
		s = &j->s[k];
		s->l = gp != NULL ? NULL : xcalloc(largest + 1, sizeof(*s->l));
		s->tmp = xcalloc(largest + 1, sizeof(*s->tmp));
		s->m.mark = xcalloc(ts->nstaff + 1, sizeof(*s->m.mark));
		s->m.known = xcalloc(ts->nstaff + 1, sizeof(*s->m.known));
		s->m.since = xcalloc(ts->nstaff + 1, sizeof(*s->m.since));
	}
}

static void
case_job_free(struct case_job *j)
{
	size_t k;

	pieces_free(j->p);
	for (k = 0; k < 2; k++) {
		free(j->s[k].l);
		free(j->s[k].tmp);
		free(j->s[k].m.mark);
		free(j->s[k].m.known);
		free(j->s[k].m.since);
	}
}

/* The shifts of case g, and how many. */
static uint32_t *
case_shifts(const struct case_job *j, struct cscratch *s, size_t g,
    size_t *n)
{
	const struct hcase *hc = &j->ts->cases[g];
	size_t i;

	if (j->gp != NULL)
		return member(j->gp, g, n);
	*n = hc->count;
	for (i = 0; i < hc->count; i++)
		s->l[i] = hc->first + (uint32_t)i;
	return s->l;
}

/* Piece k of a case job; on either thread (it only reads the
 * timesheet). */
static void
case_piece(void *arg, size_t k, unsigned worker)
{
	struct case_job *j = arg;
	struct piece *p = &j->p[k];
	struct cscratch *s = &j->s[worker];
	uint32_t *l;
	size_t g, n;

	for (g = p->g0; g < p->g1; g++) {
		l = case_shifts(j, s, g, &n);
		if (n == 0)
			continue;
		sort_by_time(&p->ts, l, s->tmp, n);
		staffing_case(&p->ts, l, n, &s->m);
	}
}

/* Piece k's findings into the stream's, in case order. */
static void
case_merge(void *arg, size_t k)
{
	struct case_job *j = arg;

	findings_append(j->ts->f, &j->p[k].f, 0, j->p[k].f.n);
	findings_adopt(j->ts->f, &j->p[k].f);
}

/* Cases g0..g1, of size(ctx, g) shifts each, in pieces. */
static void
cases_run(struct case_job *j, size_t g0, size_t g1,
    size_t (*size)(const void *, size_t), const void *ctx)
{
	j->np = pieces_cut(j->p, g0, g1, size, ctx);
	par_each_then(j->np, case_piece, case_merge, j);
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
	struct case_job j;
	struct grouping gp;
	size_t g, m = 0;

	if (h->scattered) {
		grouping_init(&gp, ts, false, ts->ncases, off, CHUNK_MIN);
		case_job_init(&j, ts, &gp, gp.largest);
		while (grouping_next(&gp))
			cases_run(&j, gp.g0, gp.g1, group_size, &gp);
		grouping_free(&gp);
	} else {
		for (g = 0; g < ts->ncases; g++)
			if (ts->cases[g].count > m)
				m = ts->cases[g].count;
		case_job_init(&j, ts, NULL, m);
		cases_run(&j, 0, ts->ncases, run_size, ts);
	}
	case_job_free(&j);
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
