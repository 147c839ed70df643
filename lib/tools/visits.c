/* visit-compliance's engine: the visits kept per case, and the end of the
 * stream that hands them to the rule families (see visits_int.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "rules/delivered.h"
#include "rules/dkapp.h"
#include "rules/frequency.h"
#include "rules/staffing.h"
#include "text.h"
#include "visits_int.h"
#include "xalloc.h"

/* The services a case's decisions grant by interval or by the week: the
 * ones whose visits are counted day by day. */
static void
track(struct vcase *vc)
{
	const struct care_case *c = vc->c;
	const struct service *s;
	size_t j, k;

	memset(vc->track, -1, sizeof(vc->track));
	for (j = 0; j < c->ndecisions; j++)
		for (k = 0; k < c->decisions[j].nservices; k++) {
			s = &c->decisions[j].services[k];
			if (frequency_counted(s) && vc->track[s->what] < 0)
				vc->track[s->what] = (int8_t)vc->ntrack++;
		}
}

struct compliance *
compliance_new(const struct caseset *set, const struct profiles *ps,
    struct findings *f)
{
	struct compliance *v = xcalloc(1, sizeof(*v));
	struct vcase *vc;
	size_t i;

	v->set = set;
	v->ps = ps;
	v->f = f;
	actlog_init(&v->log, set);
	strmap_init(&v->misses);
	strmap_init(&v->prov_index);
	arena_init(&v->a);
	v->log_first = v->log_last = DATE_NONE;
	v->tz_lo = datetime_make(date_from_ymd(TZ_FIRST_YEAR, 1, 1), 0);
	v->tz_hi = datetime_make(date_from_ymd(TZ_LAST_YEAR + 1, 1, 1), 0);
	v->cases = xcalloc(set->ncases + 1, sizeof(*v->cases));
	for (i = 0; i < set->ncases; i++) {
		vc = &v->cases[i];
		vc->c = set->cases[i];
		vc->p = profiles_for(ps, vc->c->regime);
		vc->first = vc->final = DATE_NONE;
		vc->zone = regime_zone(vc->c->regime);
		away_init(&vc->away, vc->c);
		track(vc);
		visit_checks_init(&vc->checks, vc->c, vc->p);
		continuity_window(vc->p, &vc->win);
		vc->counted = continuity_counted(vc->p) && vc->win.days > 0;
		vc->reported = delivered_reported(vc->p);
	}
	return v;
}

void
compliance_free(struct compliance *v)
{
	struct vcase *vc;
	size_t i, j;

	if (v == NULL)
		return;
	for (i = 0; i < v->set->ncases; i++) {
		vc = &v->cases[i];
		for (j = 0; j < vc->nch; j++)
			free(vc->ch[j]);
		free(vc->ch);
		for (j = 0; j < vc->npairs; j++)
			free(vc->pairs[j].ext);
		free(vc->pairs);
		free(vc->late);
		free(vc->other);
		away_free(&vc->away);
	}
	for (i = 0; i < v->nind; i++)
		free(v->ind[i].staff);
	free(v->ind);
	free(v->pmap);
	free(v->cases);
	free(v->prov);
	free(v->rows);
	actlog_free(&v->log);
	strmap_free(&v->misses);
	strmap_free(&v->prov_index);
	arena_free(&v->a);
	free(v);
}

struct compliance_counts
compliance_counts(const struct compliance *v)
{
	return (struct compliance_counts){ v->log.read, v->log.used,
	    v->log.rejected, actlog_loss(&v->log) };
}

/*
 * The days of a case.
 */

/* Where the chunk of a base is in a case's list, or would go. */
static uint32_t
chunk_slot(const struct vcase *vc, uint32_t base)
{
	uint32_t lo = 0, hi = vc->nch;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (vc->ch[mid]->base < base)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The chunk holding a day, made when missing. */
struct chunk *
chunk_at(struct vcase *vc, cdate day)
{
	uint32_t base = (uint32_t)(day - VISIT_EPOCH) >> CHUNK_SHIFT, lo;
	struct chunk *ch;

	if (vc->last != NULL && vc->last->base == base)
		return vc->last;
	lo = chunk_slot(vc, base);
	if (lo < vc->nch && vc->ch[lo]->base == base)
		return vc->last = vc->ch[lo];
	if (vc->nch == vc->capch) {
		vc->capch = vc->capch ? 2 * vc->capch : 8;
		vc->ch = xreallocarray(vc->ch, vc->capch, sizeof(*vc->ch));
	}
	memmove(vc->ch + lo + 1, vc->ch + lo, (vc->nch - lo) *
	    sizeof(*vc->ch));
	ch = xcalloc(1, sizeof(*ch) + (size_t)vc->ntrack * CHUNK_DAYS);
	ch->base = base;
	vc->ch[lo] = ch;
	vc->nch++;
	return vc->last = ch;
}

/* The chunk holding a day, or NULL. */
static const struct chunk *
chunk_get(const struct vcase *vc, cdate day)
{
	uint32_t base, lo;

	if (day < VISIT_EPOCH)
		return NULL;
	base = (uint32_t)(day - VISIT_EPOCH) >> CHUNK_SHIFT;
	lo = chunk_slot(vc, base);
	return lo < vc->nch && vc->ch[lo]->base == base ? vc->ch[lo] : NULL;
}

/* The days of a case read in order: the chunk is looked up once. */
struct dayview {
	const struct vcase	*vc;
	uint32_t		 base;
	const struct chunk	*ch;
};

static void
dv_init(struct dayview *dv, const struct vcase *vc)
{
	dv->vc = vc;
	dv->base = UINT32_MAX;
	dv->ch = NULL;
}

static const struct chunk *
dv_chunk(struct dayview *dv, cdate day)
{
	uint32_t base;

	if (day < VISIT_EPOCH)
		return NULL;
	base = (uint32_t)(day - VISIT_EPOCH) >> CHUNK_SHIFT;
	if (base != dv->base) {
		dv->base = base;
		dv->ch = chunk_get(dv->vc, day);
	}
	return dv->ch;
}

static const struct cday *
cday_get(struct dayview *dv, cdate day)
{
	static const struct cday none;
	const struct chunk *ch = dv_chunk(dv, day);

	return ch != NULL ? &ch->d[day_index(day)] : &none;
}

/* The DAY_ flags of a day, for the families (struct visit_days). */
static unsigned
dv_flags(void *arg, cdate day)
{
	return cday_get(arg, day)->flags;
}

/* The visits of a service delivered or excused on a day, for the
 * families. */
static unsigned
dv_visits(void *arg, enum service_name s, cdate day)
{
	struct dayview *dv = arg;
	int track = dv->vc->track[s];
	const struct chunk *ch;

	if (track < 0 || (ch = dv_chunk(dv, day)) == NULL)
		return 0;
	return ch->svc[track * CHUNK_DAYS + day_index(day)];
}

/* Counts a delivered or excused visit of a tracked service. */
void
svc_count(struct vcase *vc, enum service_name s, cdate day)
{
	struct chunk *ch;
	uint8_t *n;

	if (vc->track[s] < 0)
		return;
	ch = chunk_at(vc, day);
	n = &ch->svc[vc->track[s] * CHUNK_DAYS + day_index(day)];
	if (*n < UINT8_MAX)
		(*n)++;
}

/*
 * Helpers at clients.
 */

/* The slot of (kase + 1, staff) in the pair map, open addressing. */
static struct pair_cache *
pmap_slot(const struct compliance *v, uint32_t k1, uint32_t staff)
{
	size_t mask = v->pmap_cap - 1, h;

	h = (size_t)(((uint64_t)k1 * 0x9e3779b97f4a7c15ull) ^ ((uint64_t)staff *
	    0xc2b2ae3d27d4eb4full)) >> 7;
	for (h &= mask; v->pmap[h].kase != 0 && (v->pmap[h].kase != k1 ||
	    v->pmap[h].staff != staff); h = (h + 1) & mask)
		;
	return &v->pmap[h];
}

/* Room for one more pair in the map, at most half full. */
static void
pmap_grow(struct compliance *v)
{
	struct pair_cache *old = v->pmap, *e;
	size_t cap = v->pmap_cap, i;

	if (v->pmap != NULL && 2 * (v->pmap_n + 1) <= v->pmap_cap)
		return;
	v->pmap_cap = cap ? 2 * cap : 1024;
	v->pmap = xcalloc(v->pmap_cap, sizeof(*v->pmap));
	for (i = 0; i < cap; i++)
		if (old[i].kase != 0) {
			e = pmap_slot(v, old[i].kase, old[i].staff);
			*e = old[i];
		}
	free(old);
}

/* A helper's record at a client, made on first sight: a direct-mapped
 * cache of (case, staff), then the map of every pair. */
static struct pair *
pair_of(struct compliance *v, struct vcase *vc, uint32_t staff)
{
	uint32_t kase = (uint32_t)vc->c->index, i;
	struct pair_cache *e = &v->pcache[((kase * 0x9e3779b1u) ^ staff) *
	    0x85ebca6bu >> 20], *m;
	struct pair *pr;

	if (e->kase == kase + 1 && e->staff == staff)
		return &vc->pairs[e->ix];
	pmap_grow(v);
	m = pmap_slot(v, kase + 1, staff);
	i = m->kase != 0 ? m->ix : vc->npairs;
	if (m->kase == 0) {
		m->kase = kase + 1;
		m->staff = staff;
		m->ix = i;
		v->pmap_n++;
	}
	e->kase = kase + 1;
	e->staff = staff;
	e->ix = i;
	if (i < vc->npairs)
		return &vc->pairs[i];
	if (vc->npairs == vc->cappairs) {
		vc->cappairs = vc->cappairs ? 2 * vc->cappairs : 8;
		vc->pairs = xreallocarray(vc->pairs, vc->cappairs,
		    sizeof(*vc->pairs));
	}
	pr = &vc->pairs[vc->npairs++];
	memset(pr, 0, sizeof(*pr));
	pr->staff = staff;
	pr->first = INT64_MAX;
	return pr;
}

static uint64_t *
pair_bits(struct pair *pr)
{
	return pr->nw <= 2 ? pr->inl : pr->ext;
}

static bool
pair_has(const struct pair *pr, int32_t k)
{
	int32_t w = k >> 6;
	const uint64_t *b = pr->nw <= 2 ? pr->inl : pr->ext;

	return pr->nw > 0 && w >= pr->wbase && w < pr->wbase +
	    (int32_t)pr->nw && (b[w - pr->wbase] >> (k & 63) & 1);
}

/* Marks period k, widening the bits when it falls outside them. */
static void
pair_mark(struct pair *pr, int32_t k)
{
	int32_t w = k >> 6, lo, hi;
	uint64_t old[2], *from, *to;
	uint32_t n;

	if (pr->nw == 0) {
		pr->wbase = w;
		pr->nw = 1;
	} else if (w < pr->wbase || w >= pr->wbase + (int32_t)pr->nw) {
		lo = w < pr->wbase ? w : pr->wbase;
		hi = w >= pr->wbase + (int32_t)pr->nw ? w :
		    pr->wbase + (int32_t)pr->nw - 1;
		n = (uint32_t)(hi - lo + 1);
		memcpy(old, pr->inl, sizeof(old));
		from = pr->nw <= 2 ? old : pr->ext;
		to = n <= 2 ? pr->inl : xcalloc(n, sizeof(*to));
		if (n <= 2)
			memset(pr->inl, 0, sizeof(pr->inl));
		memcpy(to + (pr->wbase - lo), from, pr->nw * sizeof(*to));
		if (pr->nw > 2)
			free(pr->ext);
		pr->ext = n > 2 ? to : NULL;
		pr->wbase = lo;
		pr->nw = n;
	}
	pair_bits(pr)[w - pr->wbase] |= 1ULL << (k & 63);
}

/*
 * One row.
 */

/* A visit's lengths and its move, in minutes of elapsed time. */
struct vmin {
	int64_t		planned, given, moved;
};

static void
tally(struct tally *t, const struct visit_parse *p, const struct vmin *mn)
{
	if (p->replen == 0) {
		t->planned++;
		t->planned_min += mn->planned;
	}
	switch (p->status) {
	case VS_DELIVERED:
		t->delivered++;
		t->delivered_min += mn->given;
		break;
	case VS_MISSED_PROVIDER:
		t->missed++;
		break;
	default:
		t->excused++;
		break;
	}
}

/* Practical help in the evening, kept for the end. */
static void
keep_late(struct compliance *v, struct vcase *vc, const struct visit_parse *p,
    const struct srcpos *pos, cminute a, cminute b)
{
	struct late_visit *l;

	if (vc->nlate == vc->caplate) {
		vc->caplate = vc->caplate ? 2 * vc->caplate : 8;
		vc->late = xreallocarray(vc->late, vc->caplate,
		    sizeof(*vc->late));
	}
	l = &vc->late[vc->nlate++];
	l->a = a;
	l->b = b;
	l->id = arena_strndup(&v->a, p->id, p->idlen);
	l->pos = *pos;
	l->svc = p->service;
}

/* Other help that evening practical help may come together with. */
static void
keep_other(struct vcase *vc, cminute a, cminute b)
{
	if (vc->nother == vc->capother) {
		vc->capother = vc->capother ? 2 * vc->capother : 8;
		vc->other = xreallocarray(vc->other, vc->capother,
		    sizeof(*vc->other));
	}
	vc->other[vc->nother++] = (struct visit_span){ a, b };
}

static void
delivered(struct compliance *v, struct logread *lr, long line,
    const struct vmin *mn)
{
	struct vcase *vc = lr->vc;
	const struct visit_parse *p = &lr->p;
	cminute a = p->has_actual_start ? p->actual_start : p->planned_start;
	cminute b = p->has_actual_start ? p->actual_end : p->planned_end;
	struct srcpos pos = { v->log.files[lr->r.file], line };
	cdate day = datetime_date(a);
	struct chunk *ch = chunk_at(vc, day);
	struct cday *cd = &ch->d[day_index(day)];
	struct pair *pr;
	int t;

	svc_count(vc, p->service, day);
	cd->flags |= service_kind(p->service) == SERVICE_PRACTICAL ?
	    DAY_PRACTICAL : DAY_PERSONAL;
	if (visit_row_delivered(&vc->checks, v->f, &pos, p, a, b, mn->moved))
		keep_late(v, vc, p, &pos, a, b);
	else if (visit_row_other_help(&vc->checks, p, a, b))
		keep_other(vc, a, b);
	if (!lr->r.has_staff)
		return;
	pr = pair_of(v, vc, lr->r.staff);
	if (a < pr->first || (a == pr->first && (lr->r.file < pr->file ||
	    (lr->r.file == pr->file && (uint32_t)line < pr->line)))) {
		/* the same minute twice: notified if either was */
		if (a != pr->first)
			pr->notified = false;
		pr->first = a;
		pr->file = lr->r.file;
		pr->line = (uint32_t)line;
	}
	if (a == pr->first && p->notified)
		pr->notified = true;
	t = datetime_clock(a);
	if (vc->win.days > 0 && t >= vc->win.from && t < vc->win.to) {
		if (cd->win < UINT16_MAX)
			cd->win++;
		pair_mark(pr, visit_period(day, vc->win.days));
	}
}

static void
span(cdate *first, cdate *last, cdate day)
{
	if (*first == DATE_NONE || day < *first)
		*first = day;
	if (*last == DATE_NONE || day > *last)
		*last = day;
}

/* Minutes from a to b (local) of elapsed time in a zone: an hour fewer
 * across the night the clock is put forward, an hour more across the
 * one it is put back; wall-clock outside the years the zone's tables
 * hold. */
static int64_t
elapsed(const struct compliance *v, enum zone z, cminute a, cminute b)
{
	if (a < v->tz_lo || a >= v->tz_hi || b < v->tz_lo || b >= v->tz_hi)
		return b - a;
	return tz_to_utc(z, b) - tz_to_utc(z, a);
}

/* The row's lengths in elapsed time, or false (reported) when one of its
 * times is in the hour the clock skips in spring. */
static bool
minutes(struct compliance *v, struct logread *lr, long line, struct vmin *mn)
{
	static const char *const name[] = { "planned_start", "planned_end",
	    "actual_start", "actual_end" };
	const struct visit_parse *p = &lr->p;
	const cminute t[] = { p->planned_start, p->planned_end,
	    p->actual_start, p->actual_end };
	enum zone z = lr->vc->zone;
	char a[DATETIME_BUFSZ];
	int i;

	for (i = 0; i < (p->has_actual_start ? 4 : 2); i++)
		if (t[i] >= v->tz_lo && t[i] < v->tz_hi &&
		    tz_local(z, t[i]) == TZ_LOCAL_NEVER) {
			diag_error(lr->r.d, v->log.files[lr->r.file], line,
			    "%s: %s does not exist in %s: the clock is put "
			    "forward an hour that night", name[i],
			    datetime_format(t[i], a), tz_name(z));
			v->log.rejected++;
			return false;
		}
	mn->planned = elapsed(v, z, p->planned_start, p->planned_end);
	mn->given = mn->planned;
	mn->moved = 0;
	if (p->has_actual_start) {
		mn->given = elapsed(v, z, p->actual_start, p->actual_end);
		mn->moved = elapsed(v, z, p->planned_start, p->actual_start);
	}
	return true;
}

/* A row that passed the reader's checks: kept, and judged where one row
 * shows enough. */
void
take_visit(struct compliance *v, struct logread *lr, long line)
{
	struct vcase *vc = lr->vc;
	const struct visit_parse *p = &lr->p;
	cdate pday = datetime_date(p->planned_start);
	struct srcpos pos = { v->log.files[lr->r.file], line };
	char q[TEXT_QUOTE_MAX];
	struct miss *m = NULL;
	struct vmin mn;

	if (!minutes(v, lr, line, &mn))
		return;
	if (p->status == VS_MISSED_PROVIDER) {
		m = miss_of(v, (uint32_t)vc->c->index, p->id, p->idlen);
		if (m->is_miss) {
			diag_error(lr->r.d, v->log.files[lr->r.file], line, "visit %s "
			    "of case %s is missed twice (first at %s:%u)",
			    visit_id_text(p->id, q), vc->c->id,
			    v->log.files[m->file], m->line);
			v->log.rejected++;
			return;
		}
	}
	v->log.used++;
	if (vc->reported) {
		tally(&vc->t, p, &mn);
		if (lr->has_prov)
			tally(&v->prov[lr->prov].t, p, &mn);
	}
	span(&v->log_first, &v->log_last, pday);
	span(&vc->first, &vc->final, pday);
	switch (p->status) {
	case VS_DELIVERED:
		delivered(v, lr, line, &mn);
		break;
	case VS_MISSED_PROVIDER:
		m->is_miss = true;
		m->file = lr->r.file;
		m->line = (uint32_t)line;
		m->day = pday;
		m->svc = p->service;
		m->notified = p->notified;
		break;
	case VS_CANCELLED_CLIENT:
	case VS_CLIENT_ABSENT:
		svc_count(vc, p->service, pday);
		if (p->reason != VR_NONE)
			chunk_at(vc, pday)->d[day_index(pday)].flags |=
			    DAY_AWAY;
		visit_row_excused(&vc->checks, v->f, &pos, p);
		break;
	default:
		break;
	}
	if (p->replen > 0)
		miss_replacement(v, lr, line, p->status == VS_DELIVERED &&
		    p->has_actual_start ? datetime_date(p->actual_start) :
		    pday);
}

/*
 * The end: everything that needs the whole log.
 */

/* Each helper's first visit to a client, to the staffing family. */
static void
new_helpers(struct compliance *v, struct vcase *vc)
{
	struct first_visit *l;
	const struct pair *pr;
	size_t i, n = 0;

	if (vc->npairs == 0)
		return;
	l = xcalloc(vc->npairs, sizeof(*l));
	for (i = 0; i < vc->npairs; i++) {
		pr = &vc->pairs[i];
		if (pr->first == INT64_MAX)
			continue;
		l[n].staff = v->log.staff[pr->staff];
		l[n].when = pr->first;
		l[n].pos.file = v->log.files[pr->file];
		l[n].pos.line = pr->line;
		l[n].told = pr->notified;
		n++;
	}
	staff_new_helpers(v->f, vc->c, vc->p, l, n, vc->win.days);
	free(l);
}

static struct indicator *
indicator_of(struct compliance *v, const struct vcase *vc, cdate start)
{
	cdate end = start + vc->win.days - 1;
	size_t i;

	for (i = 0; i < v->nind; i++)
		if (v->ind[i].start == start && v->ind[i].end == end &&
		    v->ind[i].from == vc->win.from &&
		    v->ind[i].to == vc->win.to)
			return &v->ind[i];
	if (v->nind == v->capind) {
		v->capind = v->capind ? 2 * v->capind : 8;
		v->ind = xreallocarray(v->ind, v->capind, sizeof(*v->ind));
	}
	memset(&v->ind[v->nind], 0, sizeof(v->ind[v->nind]));
	v->ind[v->nind].start = start;
	v->ind[v->nind].end = end;
	v->ind[v->nind].from = vc->win.from;
	v->ind[v->nind].to = vc->win.to;
	return &v->ind[v->nind++];
}

/* A period of a case: a --continuity row, to the family, and to the
 * national indicator when the client had 2 or more visits in the day
 * every day of a whole period of the log. */
static void
period(struct compliance *v, struct vcase *vc,
    const struct continuity_period *per, bool every_day)
{
	struct indicator *ind;

	if (v->nrows == v->caprows) {
		v->caprows = v->caprows ? 2 * v->caprows : 256;
		v->rows = xreallocarray(v->rows, v->caprows, sizeof(*v->rows));
	}
	v->rows[v->nrows++] = (struct controw){ (uint32_t)vc->c->index,
	    per->start, per->end, per->visits, per->staff };
	continuity_judge(v->f, vc->c, vc->p, &vc->win, per);
	if (!every_day || per->start < v->log_first || per->end > v->log_last)
		return;
	ind = indicator_of(v, vc, per->start);
	if (ind->n == ind->cap) {
		ind->cap = ind->cap ? 2 * ind->cap : 64;
		ind->staff = xreallocarray(ind->staff, ind->cap,
		    sizeof(*ind->staff));
	}
	ind->staff[ind->n++] = per->staff;
}

/* Distinct staff per period of a case with visits in the day. */
static void
continuity(struct compliance *v, struct vcase *vc)
{
	struct continuity_period per;
	int days = vc->win.days;
	struct dayview dv;
	bool every_day;
	int32_t k, klo, khi;
	cdate d;
	uint32_t i;

	if (!vc->counted || vc->nch == 0)
		return;
	dv_init(&dv, vc);
	klo = visit_period(VISIT_EPOCH + (cdate)(vc->ch[0]->base <<
	    CHUNK_SHIFT), days);
	khi = visit_period(VISIT_EPOCH + (cdate)(vc->ch[vc->nch - 1]->base <<
	    CHUNK_SHIFT) + CHUNK_DAYS - 1, days);
	for (k = klo; k <= khi; k++) {
		per.start = visit_period_start(k, days);
		per.end = per.start + days - 1;
		per.visits = 0;
		every_day = true;
		for (d = per.start; d <= per.end; d++) {
			const struct cday *cd = cday_get(&dv, d);

			per.visits += cd->win;
			if (cd->win < 2 || (cd->flags & DAY_AWAY))
				every_day = false;
		}
		if (per.visits == 0)
			continue;
		for (per.staff = 0, i = 0; i < vc->npairs; i++)
			per.staff += pair_has(&vc->pairs[i], k);
		period(v, vc, &per, every_day);
	}
}

static int
by_unsigned(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return x < y ? -1 : x > y;
}

static int
by_ind(const void *a, const void *b)
{
	const struct indicator *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->from < y->from ? -1 : x->from > y->from;
}

static int
by_content(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	char xm[FINDING_MSG_MAX], ym[FINDING_MSG_MAX];
	int c;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	if (x->rule != y->rule)
		return x->rule < y->rule ? -1 : 1;
	if ((c = strcmp(finding_message(x, xm),
	    finding_message(y, ym))) != 0)
		return c;
	if ((c = strcmp(x->file, y->file)) != 0)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* Every case with visits to the families that need the whole log; the
 * findings in an order that does not hang on the input's, and the
 * indicator's periods and staff counts in order for --continuity. */
void
compliance_end(struct compliance *v, struct diag *d)
{
	struct visit_days vd = { NULL, dv_flags, dv_visits };
	struct dayview dv;
	struct vcase *vc;
	size_t i;

	unknown_rest(&v->log.unknown, d, N_("visit"), N_("visits"));
	if (v->log_first == DATE_NONE)
		return;
	compliance_misses(v, d);
	for (i = 0; i < v->set->ncases; i++) {
		vc = &v->cases[i];
		/* a client with no row may be another provider's */
		if (vc->first == DATE_NONE)
			continue;
		dv_init(&dv, vc);
		vd.arg = &dv;
		frequency_judge(v->f, vc->c, vc->p, &vd, &vc->away,
		    v->log_first, v->log_last);
		if (vc->nlate > 0)
			visit_row_evening(&vc->checks, v->f, vc->late,
			    vc->nlate, vc->other, vc->nother);
		dv_init(&dv, vc);
		dkapp_provider_start_visits(v->f, vc->c, vc->p, &vd, v->log_first,
		    v->log_last);
		new_helpers(v, vc);
		continuity(v, vc);
	}
	if (v->f->n > 1)
		qsort(v->f->v, v->f->n, sizeof(*v->f->v), by_content);
	for (i = 0; i < v->f->n; i++)
		v->f->v[i].seq = (uint32_t)i;
	if (v->nind > 1)
		qsort(v->ind, v->nind, sizeof(*v->ind), by_ind);
	for (i = 0; i < v->nind; i++)
		qsort(v->ind[i].staff, v->ind[i].n, sizeof(*v->ind[i].staff),
		    by_unsigned);
}
