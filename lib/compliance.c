#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actlog.h"
#include "calendar.h"
#include "compliance.h"
#include "pseudo.h"
#include "csvin.h"
#include "shifts.h"
#include "strmap.h"
#include "text.h"
#include "visits.h"
#include "xalloc.h"

/*
 * A visit log need not be sorted, so nothing is decided while it streams
 * but what one row shows by itself.  The rest is kept per case, compactly,
 * and judged at the end: the days with visits in chunks of 64 days, the
 * staff who came, the visits the provider missed and what replaced them.
 */

#define CHUNK_SHIFT	6
#define CHUNK_DAYS	(1 << CHUNK_SHIFT)
#define MAX_NAMES	8	/* new helpers named in one finding */

enum {
	D_PRACTICAL = 1,	/* practical help delivered */
	D_PERSONAL = 2,		/* personal care or a meal delivered */
	D_AWAY = 4		/* the client in hospital, respite or away */
};

/* One day of a case. */
struct cday {
	uint16_t	win;	/* delivered visits in the continuity window */
	uint8_t		flags;
	uint8_t		pad;
};

/* 64 days of a case, and the visits of each tracked service on them. */
struct chunk {
	uint32_t	base;	/* (day - epoch) >> CHUNK_SHIFT */
	struct cday	d[CHUNK_DAYS];
	uint8_t		svc[];	/* ntrack * CHUNK_DAYS counts */
};

struct tally {
	unsigned long	planned, delivered, missed, excused;
	int64_t		planned_min, delivered_min;
};

/* A helper at a client: the first visit and the periods with visits. */
struct pair {
	uint32_t	staff;
	uint32_t	line;
	cminute		first;
	uint16_t	file;
	bool		notified;	/* at the first visit */
	uint32_t	nw;		/* words of period bits */
	int32_t		wbase;		/* the period word of bits[0] */
	uint64_t	inl[2];
	uint64_t	*ext;		/* when nw > 2 */
};

struct vcase {
	const struct care_case	*c;
	const struct profile	*p;
	enum country		 country;
	int8_t			 track[SVC_COUNT];	/* -1: not tracked */
	uint8_t			 ntrack;
	int			 period;		/* days */
	int			 win_from, win_to;	/* minutes */
	/* the profile's numbers, looked up once */
	int			 w_from, w_to, w_meals;	/* -1: rule off */
	int64_t			 moved;			/* -1: rule off */
	struct chunk		**ch;
	uint32_t		 nch, capch;
	struct chunk		*last;
	struct pair		*pairs;
	uint32_t		 npairs, cappairs;
	struct tally		 t;
	cdate			 first, final;	/* planned days seen */
	cdate			 wday;		/* cache: is wday a working day */
	bool			 wday_work;
};

/* A visit the provider missed, or one a replacement names that has not
 * been seen missed (yet). */
struct miss {
	const char		*id;
	uint32_t		 kase;
	uint32_t		 line, rline;
	uint16_t		 file, rfile;
	cdate			 day;		/* planned */
	cdate			 repl;		/* earliest replacement, or NONE */
	enum service_name	 svc;
	bool			 is_miss, notified, repl_notified;
	bool			 busy, done;	/* resolving */
	cdate			 resolved;
	unsigned long		 nrepl;		/* rows naming it */
	struct miss		*chain;		/* a missed replacement of it */
};

struct provider {
	const char	*id;
	bool		 bad;		/* not a usable id */
	struct tally	 t;
};

struct controw {
	uint32_t	kase;
	cdate		start, end;
	unsigned	visits, staff;
};

struct indicator {
	cdate		 start, end;
	int		 from, to;	/* the day window */
	unsigned	*staff;
	size_t		 n, cap;
};

struct compliance {
	const struct caseset	*set;
	const struct profiles	*ps;
	struct findings		*f;
	struct vcase		*cases;
	struct strmap		 staff_index;
	const char		**staff;
	bool			*staff_bad;
	size_t			 nstaff, capstaff;
	struct strmap		 misses;
	struct unknown_cases	 unknown;
	struct strmap		 prov_index;
	struct provider		*prov;
	size_t			 nprov, capprov;
	struct arena		 a;
	const char		*files[UINT16_MAX];
	size_t			 nfiles;
	struct compliance_counts count;
	cdate			 log_first, log_last;
	bool			 providers;
	struct controw		*rows;
	size_t			 nrows, caprows;
	struct indicator	*ind;
	size_t			 nind, capind;
	/* caches for the hot loop */
	char			 last_case[128];
	size_t			 last_case_len;
	struct vcase		*last_vc;
	struct idcache		 scache;
	struct pair_cache {
		uint32_t	 kase, staff, ix;	/* kase 0: empty */
	}			 pcache[4096];
	char			 last_prov[128];
	size_t			 last_prov_len;
	uint32_t		 last_prov_ix;
};

static cdate epoch;	/* Monday 1900-01-01: days and periods count from it */

static struct finding *vfind(struct compliance *, const struct vcase *,
    const char *, long, enum severity, enum rule_id, cdate, const char *, ...)
    __attribute__((format(printf, 8, 9)));

static struct finding *
vfind(struct compliance *v, const struct vcase *vc, const char *file,
    long line, enum severity sev, enum rule_id rule, cdate date,
    const char *fmt, ...)
{
	struct srcpos pos = { file, line };
	struct finding *x;
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	x = findings_add(v->f, &pos, vc->c->id, sev, rule, date, "%s", msg);
	x->group = vc->c->index;
	return x;
}

static bool
on(const struct vcase *vc, enum rule_id r)
{
	return profile_on(vc->p, r);
}

/* A parameter, or def when the profile leaves it unset. */
static struct duration
dur_or(const struct vcase *vc, enum rule_id r, const char *name,
    struct duration def)
{
	const struct param_value *pv = profile_param(vc->p, r, name);

	return pv->set ? pv->dur : def;
}

static int
time_or(const struct vcase *vc, enum rule_id r, const char *name, int def)
{
	const struct param_value *pv = profile_param(vc->p, r, name);

	return pv->set ? pv->time : def;
}

static double
num_or(const struct vcase *vc, enum rule_id r, const char *name, double def)
{
	const struct param_value *pv = profile_param(vc->p, r, name);

	return pv->set ? pv->num : def;
}

static char *
hhmm(int t, char *buf)
{
	snprintf(buf, 8, "%02d:%02d", (t / 60) % 100, t % 60);
	return buf;
}

static char *
dur_text(struct duration d, char *buf)
{
	return dur_format(d, buf, 32);
}

static bool
in_force(const struct decision *dec, cdate d)
{
	return dec->from != DATE_NONE && d >= dec->from &&
	    (dec->to == DATE_NONE || d <= dec->to);
}

/* The service as granted on a day, or NULL. */
static const struct service *
granted(const struct care_case *c, enum service_name s, cdate day)
{
	const struct decision *dec;
	size_t i, j;

	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (!in_force(dec, day))
			continue;
		for (j = 0; j < dec->nservices; j++)
			if (dec->services[j].what == s)
				return &dec->services[j];
	}
	return NULL;
}

static int
period_days(struct duration d)
{
	if (d.unit == DUR_DAYS && d.n > 0)
		return d.n;
	if (d.unit == DUR_WEEKS && d.n > 0)
		return 7 * d.n;
	return 14;
}

static int32_t
period_of(const struct vcase *vc, cdate day)
{
	return (int32_t)((day - epoch) / vc->period);
}

static cdate
period_start(const struct vcase *vc, int32_t k)
{
	return epoch + k * vc->period;
}

struct compliance *
compliance_new(const struct caseset *set, const struct profiles *ps,
    struct findings *f)
{
	struct compliance *v = xcalloc(1, sizeof(*v));
	const struct care_case *c;
	struct vcase *vc;
	size_t i, j, k;

	epoch = date_from_ymd(1900, 1, 1);
	v->set = set;
	v->ps = ps;
	v->f = f;
	strmap_init(&v->staff_index);
	strmap_init(&v->misses);
	unknown_init(&v->unknown);
	strmap_init(&v->prov_index);
	arena_init(&v->a);
	v->log_first = v->log_last = DATE_NONE;
	v->cases = xcalloc(set->ncases + 1, sizeof(*v->cases));
	for (i = 0; i < set->ncases; i++) {
		vc = &v->cases[i];
		vc->c = c = set->cases[i];
		vc->p = profiles_for(ps, c->regime);
		vc->country = regime_country(c->regime);
		vc->first = vc->final = vc->wday = DATE_NONE;
		memset(vc->track, -1, sizeof(vc->track));
		for (j = 0; j < c->ndecisions; j++)
			for (k = 0; k < c->decisions[j].nservices; k++) {
				const struct service *s =
				    &c->decisions[j].services[k];

				if ((s->every.n > 0 || s->per_week > 0) &&
				    vc->track[s->what] < 0)
					vc->track[s->what] = (int8_t)vc->ntrack++;
			}
		vc->w_from = vc->w_to = vc->w_meals = -1;
		if (on(vc, R_VISIT_WINDOW)) {
			vc->w_from = time_or(vc, R_VISIT_WINDOW, "from",
			    8 * 60);
			vc->w_to = time_or(vc, R_VISIT_WINDOW, "to", 17 * 60);
			vc->w_meals = time_or(vc, R_VISIT_WINDOW,
			    "meals_until", 17 * 60);
		}
		vc->moved = on(vc, R_VISIT_MOVED) ? dur_minutes(dur_or(vc,
		    R_VISIT_MOVED, "tolerance",
		    (struct duration){ 60, DUR_MINUTES })) : -1;
		vc->period = 14;
		vc->win_from = 7 * 60;
		vc->win_to = 22 * 60;
		if (on(vc, R_VISIT_CONTINUITY)) {
			vc->period = period_days(dur_or(vc, R_VISIT_CONTINUITY,
			    "period", (struct duration){ 14, DUR_DAYS }));
			vc->win_from = time_or(vc, R_VISIT_CONTINUITY,
			    "day_from", vc->win_from);
			vc->win_to = time_or(vc, R_VISIT_CONTINUITY, "day_to",
			    vc->win_to);
		}
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
	}
	for (i = 0; i < v->nind; i++)
		free(v->ind[i].staff);
	free(v->ind);
	free(v->cases);
	free(v->staff);
	free(v->staff_bad);
	free(v->prov);
	free(v->rows);
	strmap_free(&v->staff_index);
	strmap_free(&v->misses);
	unknown_free(&v->unknown);
	strmap_free(&v->prov_index);
	arena_free(&v->a);
	free(v);
}

bool
compliance_has_providers(const struct compliance *v)
{
	return v->providers;
}

struct compliance_counts
compliance_counts(const struct compliance *v)
{
	return v->count;
}

static uint16_t
file_index(struct compliance *v, const char *name)
{
	if (v->nfiles < UINT16_MAX)
		v->files[v->nfiles++] = arena_strdup(&v->a, name);
	return (uint16_t)(v->nfiles - 1);
}

/*
 * The days of a case.
 */

/* The chunk holding a day, made when missing. */
static struct chunk *
chunk_at(struct vcase *vc, cdate day)
{
	uint32_t base = (uint32_t)(day - epoch) >> CHUNK_SHIFT, lo = 0, hi;
	struct chunk *ch;

	if (vc->last != NULL && vc->last->base == base)
		return vc->last;
	hi = vc->nch;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (vc->ch[mid]->base < base)
			lo = mid + 1;
		else
			hi = mid;
	}
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
	uint32_t base, lo = 0, hi = vc->nch;

	if (day < epoch)
		return NULL;
	base = (uint32_t)(day - epoch) >> CHUNK_SHIFT;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (vc->ch[mid]->base < base)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < vc->nch && vc->ch[lo]->base == base ? vc->ch[lo] : NULL;
}

static unsigned
day_index(cdate day)
{
	return (unsigned)(day - epoch) & (CHUNK_DAYS - 1);
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

	if (day < epoch)
		return NULL;
	base = (uint32_t)(day - epoch) >> CHUNK_SHIFT;
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

static unsigned
svc_get(struct dayview *dv, int track, cdate day)
{
	const struct chunk *ch = dv_chunk(dv, day);

	return ch != NULL ? ch->svc[track * CHUNK_DAYS + day_index(day)] : 0;
}

/* Counts a delivered or excused visit of a tracked service. */
static void
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

static bool
workday(struct vcase *vc, cdate day)
{
	if (day != vc->wday) {
		vc->wday = day;
		vc->wday_work = cal_is_workday(vc->country, day);
	}
	return vc->wday_work;
}

/*
 * Staff, providers, helpers at clients.
 */

/* The dense index of an id in a map, made on first sight; *kept is the
 * map's copy of a new one, else NULL. */
static uint32_t
intern(struct strmap *m, struct arena *a, const char *id, size_t len,
    size_t *n, const char **kept)
{
	void **slot, *val;
	int added;

	*kept = NULL;
	if ((val = strmap_get(m, id, len)) != NULL)
		return (uint32_t)((uintptr_t)val - 1);
	*kept = arena_strndup(a, id, len);
	slot = strmap_put(m, *kept, len, &added);
	*slot = (void *)(uintptr_t)(++*n);
	return (uint32_t)(*n - 1);
}

static uint32_t __attribute__((noinline))
staff_index(struct compliance *v, const char *id, size_t len)
{
	const char *kept;
	uint32_t ix = intern(&v->staff_index, &v->a, id, len, &v->nstaff,
	    &kept);

	if (kept != NULL) {
		if (ix == v->capstaff) {
			v->capstaff = v->capstaff ? 2 * v->capstaff : 64;
			v->staff = xreallocarray(v->staff, v->capstaff,
			    sizeof(*v->staff));
			v->staff_bad = xreallocarray(v->staff_bad,
			    v->capstaff, sizeof(*v->staff_bad));
		}
		v->staff[ix] = kept;
		v->staff_bad[ix] = !shift_id_ok(id, len);
	}
	return ix;
}

static uint32_t __attribute__((noinline))
prov_index(struct compliance *v, const char *id, size_t len)
{
	const char *kept;
	uint32_t ix = intern(&v->prov_index, &v->a, id, len, &v->nprov,
	    &kept);

	if (kept != NULL) {
		if (ix == v->capprov) {
			v->capprov = v->capprov ? 2 * v->capprov : 16;
			v->prov = xreallocarray(v->prov, v->capprov,
			    sizeof(*v->prov));
		}
		memset(&v->prov[ix], 0, sizeof(v->prov[ix]));
		v->prov[ix].id = kept;
		v->prov[ix].bad = !shift_id_ok(id, len);
	}
	return ix;
}

/* A helper's record at a client, made on first sight: a direct-mapped
 * cache of (case, staff) before the case's list. */
static struct pair *
pair_of(struct compliance *v, struct vcase *vc, uint32_t staff)
{
	uint32_t kase = (uint32_t)vc->c->index, i;
	struct pair_cache *e = &v->pcache[((kase * 0x9e3779b1u) ^ staff) *
	    0x85ebca6bu >> 20];
	struct pair *pr;

	if (e->kase == kase + 1 && e->staff == staff)
		return &vc->pairs[e->ix];
	for (i = 0; i < vc->npairs; i++)
		if (vc->pairs[i].staff == staff)
			break;
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
 * Misses and their replacements.
 */

static struct miss *
miss_of(struct compliance *v, uint32_t kase, const char *id, size_t len)
{
	char key[4 + VISIT_ID_MAX];
	struct miss *m;
	void **slot;
	char *kept;
	int added;

	memcpy(key, &kase, 4);
	memcpy(key + 4, id, len);
	if ((m = strmap_get(&v->misses, key, len + 4)) != NULL)
		return m;
	kept = arena_alloc(&v->a, len + 4);
	memcpy(kept, key, len + 4);
	m = arena_alloc(&v->a, sizeof(*m));
	memset(m, 0, sizeof(*m));
	m->id = arena_strndup(&v->a, id, len);
	m->kase = kase;
	m->day = m->repl = m->resolved = DATE_NONE;
	slot = strmap_put(&v->misses, kept, len + 4, &added);
	*slot = m;
	return m;
}

/*
 * One row.
 */

/* The state of one visit log being pushed through, a row at a time. */
struct logread {
	struct compliance	*v;
	struct diag		*d;
	struct visit_header	 vh;
	struct visit_parse	 p;
	uint16_t		 file;
	struct vcase		*vc;		/* NULL: unknown, left out */
	struct unknown_case	*fresh;		/* its first row: report */
	uint32_t		 staff, prov;
	bool			 has_staff, has_prov, staff_bad, prov_bad;
	/* each column's handler */
	void			(*fn[CSVIN_MAX_FIELDS])(struct logread *,
				    const char *, size_t);
};

static void
tally(struct tally *t, const struct visit_parse *p)
{
	cminute a = p->has_actual_start ? p->actual_start : p->planned_start;
	cminute b = p->has_actual_start ? p->actual_end : p->planned_end;

	if (p->replen == 0) {
		t->planned++;
		t->planned_min += p->planned_end - p->planned_start;
	}
	switch (p->status) {
	case VS_DELIVERED:
		t->delivered++;
		t->delivered_min += b - a;
		break;
	case VS_MISSED_PROVIDER:
		t->missed++;
		break;
	default:
		t->excused++;
		break;
	}
}

static const char *
what(const struct visit_parse *p)
{
	return service_name(p->service);
}

/* A visit id for a message: as it is when plain, else quoted, so that
 * nothing shaped like a personal identity number is printed. */
static const char *
vid(const char *id, char *buf)
{
	size_t len = strlen(id);

	return shift_id_ok(id, len) ? id : text_quote(buf, TEXT_QUOTE_MAX,
	    id, len);
}

/* visit.window: practical help on working days inside the hours; main
 * meals not heated after the hour. */
static void
window(struct compliance *v, struct logread *lr, long line, cminute a,
    cminute b)
{
	static const char *const days[] = { "", "Monday", "Tuesday",
	    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
	struct vcase *vc = lr->vc;
	const struct visit_parse *p = &lr->p;
	enum service_kind kind = service_kind(p->service);
	const struct service *s;
	char ta[DATETIME_BUFSZ], tb[8], f[8], t[8], q[TEXT_QUOTE_MAX];
	cdate day = datetime_date(a);
	int from = vc->w_from, to = vc->w_to, wd;

	if (kind == SERVICE_PERSONAL || from < 0)
		return;
	if (kind == SERVICE_PRACTICAL) {
		if (workday(vc, day) && a >= datetime_make(day, from) &&
		    b <= datetime_make(day, to))
			return;
	} else if (a <= datetime_make(day, vc->w_meals))
		return;
	if ((s = granted(vc->c, p->service, day)) != NULL && s->outside_hours)
		return;
	datetime_format(a, ta);
	hhmm(datetime_clock(b), tb);
	if (kind == SERVICE_MEAL)
		vfind(v, vc, v->files[lr->file], line, SEV_WARNING,
		    R_VISIT_WINDOW, day, "visit %s (%s) %s-%s heats a main "
		    "meal after %s", vid(p->id, q), what(p), ta, tb,
		    hhmm(vc->w_meals,
		    f));
	else if (!workday(vc, day)) {
		wd = date_weekday(day);
		vfind(v, vc, v->files[lr->file], line, SEV_WARNING,
		    R_VISIT_WINDOW, day, "visit %s (%s) %s-%s is on %s; "
		    "practical help comes on working days %s-%s", vid(p->id, q),
		    what(p), ta, tb, wd >= 6 ? days[wd] : "a public holiday",
		    hhmm(from, f), hhmm(to, t));
	} else
		vfind(v, vc, v->files[lr->file], line, SEV_WARNING,
		    R_VISIT_WINDOW, day, "visit %s (%s) %s-%s is outside "
		    "%s-%s", vid(p->id, q), what(p), ta, tb, hhmm(from, f),
		    hhmm(to, t));
}

static void
delivered(struct compliance *v, struct logread *lr, long line)
{
	struct vcase *vc = lr->vc;
	const struct visit_parse *p = &lr->p;
	cminute a = p->has_actual_start ? p->actual_start : p->planned_start;
	cminute b = p->has_actual_start ? p->actual_end : p->planned_end;
	char ta[DATETIME_BUFSZ], tb[DATETIME_BUFSZ], q[TEXT_QUOTE_MAX];
	cdate day = datetime_date(a);
	struct chunk *ch = chunk_at(vc, day);
	struct cday *cd = &ch->d[day_index(day)];
	struct pair *pr;
	int64_t off;
	int t;

	svc_count(vc, p->service, day);
	cd->flags |= service_kind(p->service) == SERVICE_PRACTICAL ?
	    D_PRACTICAL : D_PERSONAL;
	window(v, lr, line, a, b);
	if (p->has_actual_start && vc->moved >= 0 && !p->notified) {
		off = p->actual_start - p->planned_start;
		if ((off < 0 ? -off : off) > vc->moved) {
			datetime_format(p->actual_start, ta);
			datetime_format(p->planned_start, tb);
			vfind(v, vc, v->files[lr->file], line, SEV_WARNING,
			    R_VISIT_MOVED, day, "visit %s (%s) began %s, %lld "
			    "minutes %s the agreed %s, and the client was not "
			    "phoned", vid(p->id, q), what(p), ta,
			    (long long)(off < 0 ? -off : off), off < 0 ?
			    "before" : "after", tb);
		}
	}
	if (!lr->has_staff)
		return;
	pr = pair_of(v, vc, lr->staff);
	if (a < pr->first || (a == pr->first && (lr->file < pr->file ||
	    (lr->file == pr->file && (uint32_t)line < pr->line)))) {
		/* the same minute twice: notified if either was */
		if (a != pr->first)
			pr->notified = false;
		pr->first = a;
		pr->file = lr->file;
		pr->line = (uint32_t)line;
	}
	if (a == pr->first && p->notified)
		pr->notified = true;
	t = datetime_clock(a);
	if (t >= vc->win_from && t < vc->win_to) {
		if (cd->win < UINT16_MAX)
			cd->win++;
		pair_mark(pr, period_of(vc, day));
	}
}

/* A replacement row: the miss it names learns of it. */
static void
replacement(struct compliance *v, struct logread *lr, long line, cdate day)
{
	const struct visit_parse *p = &lr->p;
	struct miss *m = miss_of(v, (uint32_t)lr->vc->c->index, p->replaces,
	    p->replen);

	if (m->nrepl++ == 0 || lr->file < m->rfile || (lr->file == m->rfile &&
	    (uint32_t)line < m->rline)) {
		m->rfile = lr->file;
		m->rline = (uint32_t)line;
	}
	if (p->status == VS_MISSED_PROVIDER) {
		struct miss *me = miss_of(v, (uint32_t)lr->vc->c->index, p->id,
		    p->idlen);

		/* the chain's order must not hang on the input's */
		if (m->chain == NULL || strcmp(me->id, m->chain->id) < 0)
			m->chain = me;
		return;
	}
	if (m->repl == DATE_NONE || day < m->repl)
		m->repl = day;
	if (p->notified)
		m->repl_notified = true;
}

static void
take_visit(struct compliance *v, struct logread *lr, long line)
{
	struct vcase *vc = lr->vc;
	const struct visit_parse *p = &lr->p;
	cdate pday = datetime_date(p->planned_start), cut;
	char ta[DATETIME_BUFSZ], tb[DATETIME_BUFSZ], tc[DATE_BUFSZ];
	char q[TEXT_QUOTE_MAX];
	struct duration by;
	struct miss *m = NULL;

	if (p->status == VS_MISSED_PROVIDER) {
		m = miss_of(v, (uint32_t)vc->c->index, p->id, p->idlen);
		if (m->is_miss) {
			diag_error(lr->d, v->files[lr->file], line, "visit %s "
			    "of case %s is missed twice (first at %s:%u)",
			    vid(p->id, q), vc->c->id, v->files[m->file],
			    m->line);
			v->count.rejected++;
			return;
		}
	}
	v->count.used++;
	tally(&vc->t, p);
	if (lr->has_prov)
		tally(&v->prov[lr->prov].t, p);
	if (v->log_first == DATE_NONE || pday < v->log_first)
		v->log_first = pday;
	if (v->log_last == DATE_NONE || pday > v->log_last)
		v->log_last = pday;
	if (vc->first == DATE_NONE || pday < vc->first)
		vc->first = pday;
	if (vc->final == DATE_NONE || pday > vc->final)
		vc->final = pday;
	switch (p->status) {
	case VS_DELIVERED:
		delivered(v, lr, line);
		break;
	case VS_MISSED_PROVIDER:
		m->is_miss = true;
		m->file = lr->file;
		m->line = (uint32_t)line;
		m->day = pday;
		m->svc = p->service;
		m->notified = p->notified;
		break;
	case VS_CANCELLED_CLIENT:
	case VS_CLIENT_ABSENT:
		svc_count(vc, p->service, pday);
		if (p->reason != VR_NONE)
			chunk_at(vc, pday)->d[day_index(pday)].flags |= D_AWAY;
		if (!on(vc, R_VISIT_EXCUSED))
			break;
		datetime_format(p->planned_start, ta);
		if (p->status == VS_CLIENT_ABSENT && p->reason == VR_NONE)
			vfind(v, vc, v->files[lr->file], line, SEV_INFO,
			    R_VISIT_EXCUSED, pday, "client not at home for "
			    "visit %s (%s) %s, with no reason recorded "
			    "(hospital, respite or holiday)", vid(p->id, q),
			    what(p),
			    ta);
		if (p->status != VS_CANCELLED_CLIENT || !p->has_cancelled)
			break;
		by = dur_or(vc, R_VISIT_EXCUSED, "cancel_by",
		    (struct duration){ 1, DUR_WORKDAYS });
		by.n = -by.n;
		cut = cal_add(vc->country, pday, by);
		if (datetime_date(p->cancelled) > cut) {
			datetime_format(p->cancelled, tb);
			vfind(v, vc, v->files[lr->file], line, SEV_INFO,
			    R_VISIT_EXCUSED, pday, "visit %s (%s) %s was "
			    "cancelled %s, later than %s", vid(p->id, q),
			    what(p), ta,
			    tb, date_format(cut, tc));
		}
		break;
	default:
		break;
	}
	if (p->replen > 0)
		replacement(v, lr, line, p->status == VS_DELIVERED &&
		    p->has_actual_start ? datetime_date(p->actual_start) :
		    pday);
}

/*
 * Reading.
 */

static void
row_reset(struct logread *lr)
{
	visit_begin(&lr->p);
	lr->vc = NULL;
	lr->fresh = NULL;
	lr->has_staff = lr->has_prov = false;
	lr->staff_bad = lr->prov_bad = false;
}

/* Whether two ids are equal. */
static bool
same_id(const char *a, size_t alen, const char *b, size_t blen)
{
	return alen == blen && actlog_same_id(a, b, alen);
}
/* The case of a row, or NULL for an unknown or rejected case; the first
 * row of each such case gets lr->fresh, to be reported with its line. */
static void __attribute__((noinline))
case_miss(struct logread *lr, const char *id, size_t len)
{
	struct compliance *v = lr->v;
	const struct care_case *c;

	if ((c = caseset_find(v->set, id, len)) != NULL) {
		lr->vc = &v->cases[c->index];
		if (len < sizeof(v->last_case)) {
			memcpy(v->last_case, id, len);
			v->last_case_len = len;
			v->last_vc = lr->vc;
		}
		return;
	}
	lr->fresh = unknown_note(&v->unknown, v->set, id, len,
	    v->files[lr->file]);
}

/* The rare ways of a field, out of the hot path. */
static void __attribute__((noinline, cold))
field_full(struct logread *lr, enum visit_col role, const char *s, size_t len)
{
	visit_field(&lr->p, &lr->vh, (size_t)lr->vh.col[role], s, len);
}

/*
 * One small handler per column, each reading the common shapes of its
 * field in line and leaving the rest to field_full().  The ids are
 * resolved while their text is there.
 */

static void
col_case(struct logread *lr, const char *s, size_t len)
{
	struct compliance *v = lr->v;

	/* rows come in runs of one case */
	if (v->last_vc != NULL && same_id(s, len, v->last_case,
	    v->last_case_len))
		lr->vc = v->last_vc;
	else
		case_miss(lr, s, len);
}

static void
col_staff(struct logread *lr, const char *s, size_t len)
{
	struct compliance *v = lr->v;
	struct idcache_slot *e;
	bool hit;

	if (len == 0)
		return;
	lr->has_staff = true;
	if ((e = idcache_slot(&v->scache, s, len, &hit)) == NULL)
		lr->staff = staff_index(v, s, len);
	else {
		if (!hit)
			e->ix = staff_index(v, s, len);
		lr->staff = e->ix;
	}
	lr->staff_bad = v->staff_bad[lr->staff];
}

static void
col_provider(struct logread *lr, const char *s, size_t len)
{
	struct compliance *v = lr->v;

	if (len == 0)
		return;
	if (!same_id(s, len, v->last_prov, v->last_prov_len)) {
		v->last_prov_ix = prov_index(v, s, len);
		if (len < sizeof(v->last_prov)) {
			memcpy(v->last_prov, s, len);
			v->last_prov_len = len;
		} else
			v->last_prov_len = SIZE_MAX;
	}
	lr->prov = v->last_prov_ix;
	lr->has_prov = true;
	lr->prov_bad = v->prov[lr->prov].bad;
}

static void
col_visit(struct logread *lr, const char *s, size_t len)
{
	if (len > 0 && len <= VISIT_ID_MAX) {
		memcpy(lr->p.id, s, len);
		lr->p.id[len] = '\0';
		lr->p.idlen = len;
	} else
		field_full(lr, VC_VISIT, s, len);
}

static void
col_service(struct logread *lr, const char *s, size_t len)
{
	int k = -1;

	/* by length, then the one name of that length it can be */
	switch (len) {
	case 4:
		k = memcmp(s, "meal", 4) == 0 ? SVC_MEAL :
		    memcmp(s, "mail", 4) == 0 ? SVC_MAIL :
		    memcmp(s, "bath", 4) == 0 ? SVC_BATH : -1;
		break;
	case 8:
		k = memcmp(s, "cleaning", 8) == 0 ? SVC_CLEANING :
		    memcmp(s, "shopping", 8) == 0 ? SVC_SHOPPING : -1;
		break;
	case 13:
		k = memcmp(s, "personal-care", 13) == 0 ? SVC_PERSONAL_CARE :
		    -1;
		break;
	}
	if (k < 0) {
		field_full(lr, VC_SERVICE, s, len);
		return;
	}
	lr->p.service = (enum service_name)k;
	lr->p.has_service = true;
}

static void
col_status(struct logread *lr, const char *s, size_t len)
{
	if (len == 9 && memcmp(s, "delivered", 9) == 0) {
		lr->p.status = VS_DELIVERED;
		lr->p.has_status = true;
	} else
		field_full(lr, VC_STATUS, s, len);
}

static void
col_planned_start(struct logread *lr, const char *s, size_t len)
{
	if (!visit_when_fast(&lr->p, s, len, &lr->p.planned_start))
		field_full(lr, VC_PLANNED_START, s, len);
}

static void
col_planned_end(struct logread *lr, const char *s, size_t len)
{
	if (!visit_when_fast(&lr->p, s, len, &lr->p.planned_end))
		field_full(lr, VC_PLANNED_END, s, len);
}

static void
col_actual_start(struct logread *lr, const char *s, size_t len)
{
	if (visit_when_fast(&lr->p, s, len, &lr->p.actual_start))
		lr->p.has_actual_start = true;
	else if (len > 0)
		field_full(lr, VC_ACTUAL_START, s, len);
}

static void
col_actual_end(struct logread *lr, const char *s, size_t len)
{
	if (visit_when_fast(&lr->p, s, len, &lr->p.actual_end))
		lr->p.has_actual_end = true;
	else if (len > 0)
		field_full(lr, VC_ACTUAL_END, s, len);
}

/* reason, notified, replaces, cancelled: mostly empty */
static void
col_rare(struct logread *lr, const char *s, size_t len, enum visit_col role)
{
	if (len > 0)
		field_full(lr, role, s, len);
}

static void
col_reason(struct logread *lr, const char *s, size_t len)
{
	col_rare(lr, s, len, VC_REASON);
}

static void
col_notified(struct logread *lr, const char *s, size_t len)
{
	col_rare(lr, s, len, VC_NOTIFIED);
}

static void
col_replaces(struct logread *lr, const char *s, size_t len)
{
	col_rare(lr, s, len, VC_REPLACES);
}

static void
col_cancelled(struct logread *lr, const char *s, size_t len)
{
	col_rare(lr, s, len, VC_CANCELLED);
}

static void
col_none(struct logread *lr, const char *s, size_t len)
{
	(void)lr;
	(void)s;
	(void)len;
}

static void (*const col_handler[VC_COUNT])(struct logread *, const char *,
    size_t) = {
	[VC_CASE] = col_case, [VC_VISIT] = col_visit,
	[VC_SERVICE] = col_service, [VC_PLANNED_START] = col_planned_start,
	[VC_PLANNED_END] = col_planned_end,
	[VC_ACTUAL_START] = col_actual_start,
	[VC_ACTUAL_END] = col_actual_end, [VC_STAFF] = col_staff,
	[VC_STATUS] = col_status, [VC_REASON] = col_reason,
	[VC_NOTIFIED] = col_notified, [VC_REPLACES] = col_replaces,
	[VC_PROVIDER] = col_provider, [VC_CANCELLED] = col_cancelled,
};

static void
log_field(void *arg, size_t col, const char *s, size_t len, long line)
{
	struct logread *lr = arg;

	(void)line;
	if (col < lr->vh.ncols)
		lr->fn[col](lr, s, len);
}

/* A field of a plain block, straight from libcsv. */
static void
log_fast(void *s, size_t len, void *reader)
{
	struct csvin_fast *rf = reader;
	struct logread *lr = rf->arg;
	size_t col = rf->nf++;

	if (col < lr->vh.ncols)
		lr->fn[col](lr, s, len);
}

static void
log_row(void *arg, size_t n, long line)
{
	struct logread *lr = arg;
	struct compliance *v = lr->v;
	const char *file = v->files[lr->file];

	(void)n;
	v->count.read++;
	if (lr->vc == NULL) {
		v->count.rejected++;
		if (lr->fresh != NULL)
			unknown_first(lr->d, lr->fresh, line, "visits");
	} else if (lr->staff_bad || lr->prov_bad) {
		diag_error(lr->d, file, line, "%s: not a usable id (too long, "
		    "control characters, or shaped like a personal identity "
		    "number)", lr->staff_bad ? "staff" : "provider");
		v->count.rejected++;
	} else if (visit_end(&lr->p, &lr->vh) != 0) {
		diag_error(lr->d, file, line, "%s", lr->p.err);
		v->count.rejected++;
	} else if (lr->p.status == VS_DELIVERED && !lr->has_staff &&
	    lr->vh.col[VC_STAFF] >= 0) {
		diag_error(lr->d, file, line, "staff: empty for a delivered "
		    "visit");
		v->count.rejected++;
	} else
		take_visit(v, lr, line);
	row_reset(lr);
}

static void
log_drop(void *arg)
{
	row_reset(arg);
}

/* The visit log's header: its columns, and a handler for each. */
static int
log_header(void *arg, const struct csvrow *cr, struct diag *d)
{
	struct logread *lr = arg;
	size_t i;

	if (visit_header(cr, lr->v->files[lr->file], &lr->vh, d) != 0)
		return -1;
	if (lr->vh.col[VC_PROVIDER] >= 0)
		lr->v->providers = true;
	for (i = 0; i < lr->vh.ncols; i++)
		lr->fn[i] = lr->vh.role[i] >= 0 ? col_handler[lr->vh.role[i]] :
		    col_none;
	return (int)lr->vh.ncols;
}

/* Reads a visit log to its end: bad rows are reported and skipped. */
int
compliance_log(struct compliance *v, struct input *in, struct diag *d)
{
	static struct logread lr;	/* 8 kB of handlers: not on the stack */
	struct csv_sink sink = { log_field, log_row, log_drop, log_fast, &lr };

	memset(&lr, 0, sizeof(lr));
	lr.v = v;
	lr.d = d;
	lr.file = file_index(v, in->name);
	row_reset(&lr);
	return actlog_read(in, "visit", "visits", log_header, &sink,
	    &v->count.read, &v->count.rejected, d);
}

/*
 * The end: everything that needs the whole log.
 */

/* The day a miss was made good: its own replacement or, through a
 * replacement that was missed too, that one's. */
static cdate
resolve(struct miss *m)
{
	cdate r;

	if (m->done)
		return m->resolved;
	if (m->busy)
		return DATE_NONE;	/* a ring of misses replaces nothing */
	m->busy = true;
	r = m->repl;
	if (m->chain != NULL) {
		cdate c = resolve(m->chain);

		if (c != DATE_NONE && (r == DATE_NONE || c < r))
			r = c;
		if (m->chain->repl_notified || m->chain->notified)
			m->repl_notified = true;
	}
	m->busy = false;
	m->done = true;
	return m->resolved = r;
}

/* The most a service is granted a week on a day, 0 when not by the week. */
static int
per_week(const struct care_case *c, enum service_name s, cdate day)
{
	const struct service *g = granted(c, s, day);

	return g != NULL ? g->per_week : 0;
}

/* A visit made good in time keeps the service's interval on its own
 * day, not on the day of its replacement. */
static void
credit(struct vcase *vc, enum service_name s, cdate day, cdate repl)
{
	struct chunk *ch;
	uint8_t *n;

	if (vc->track[s] < 0)
		return;
	ch = chunk_at(vc, repl);
	n = &ch->svc[vc->track[s] * CHUNK_DAYS + day_index(repl)];
	if (*n > 0 && *n < UINT8_MAX)
		(*n)--;
	svc_count(vc, s, day);
}

static void
judge_miss(struct compliance *v, struct miss *m)
{
	struct vcase *vc = &v->cases[m->kase];
	enum service_kind kind = service_kind(m->svc);
	enum rule_id rule = kind == SERVICE_PRACTICAL ? R_VISIT_REPLACEMENT :
	    R_VISIT_PERSONAL_SAME_DAY;
	char a[DATE_BUFSZ], b[DATE_BUFSZ], c[DATE_BUFSZ], w[32];
	char q[TEXT_QUOTE_MAX];
	const char *file = v->files[m->file];
	struct duration within;
	cdate due, r;
	int low, pw;

	if (rule == R_VISIT_REPLACEMENT)
		within = dur_or(vc, rule, "within",
		    (struct duration){ 5, DUR_WORKDAYS });
	else {
		within = dur_or(vc, rule, "within",
		    (struct duration){ 0, DUR_DAYS });
		low = (int)num_or(vc, rule, "low_frequency", 2);
		pw = per_week(vc->c, m->svc, m->day);
		if (pw > 0 && pw <= low)
			within = dur_or(vc, rule, "low_frequency_within",
			    (struct duration){ 2, DUR_WORKDAYS });
	}
	due = cal_add(vc->country, m->day, within);
	r = resolve(m);
	if (r != DATE_NONE && r <= due)
		credit(vc, m->svc, m->day, r);
	if (!on(vc, rule))
		return;
	date_format(m->day, a);
	date_format(due, b);
	if (r == DATE_NONE) {
		if (due > v->log_last)
			return;	/* still in time when the log ends */
		if (within.n == 0)
			vfind(v, vc, file, m->line, SEV_ERROR, rule, m->day,
			    "%s visit %s of %s, missed by the provider, was "
			    "not delivered the same day", service_name(m->svc),
			    vid(m->id, q), a);
		else
			vfind(v, vc, file, m->line, SEV_ERROR, rule, due,
			    "%s visit %s of %s, missed by the provider, was "
			    "not replaced by %s (%s)", service_name(m->svc),
			    vid(m->id, q), a, b, dur_text(within, w));
	} else if (r > due && within.n == 0)
		vfind(v, vc, file, m->line, SEV_ERROR, rule, due, "%s visit "
		    "%s of %s, missed by the provider, was delivered %s, not "
		    "the same day", service_name(m->svc), vid(m->id, q), a,
		    date_format(r, c));
	else if (r > due)
		vfind(v, vc, file, m->line, SEV_ERROR, rule, due, "%s visit "
		    "%s of %s, missed by the provider, was replaced %s, after "
		    "%s (%s)", service_name(m->svc), vid(m->id, q), a,
		    date_format(r, c), b, dur_text(within, w));
	else if (rule == R_VISIT_REPLACEMENT && !m->notified &&
	    !m->repl_notified)
		vfind(v, vc, file, m->line, SEV_WARNING, rule, m->day, "%s "
		    "visit %s of %s, missed by the provider, was replaced %s "
		    "without the client being told", service_name(m->svc),
		    vid(m->id, q), a, date_format(r, c));
}

static int
by_ref_pos(const void *a, const void *b)
{
	const struct miss *x = *(const struct miss *const *)a;
	const struct miss *y = *(const struct miss *const *)b;

	if (x->rfile != y->rfile)
		return x->rfile < y->rfile ? -1 : 1;
	return x->rline < y->rline ? -1 : x->rline > y->rline;
}

/* visit.replacement and visit.personal-same-day for every miss; a
 * replacement naming no missed visit is an error in the log. */
static void
misses(struct compliance *v, struct diag *d)
{
	struct miss **bad = NULL, *m;
	char q[TEXT_QUOTE_MAX];
	size_t i, nbad = 0;

	for (i = 0; i < v->misses.cap; i++) {
		if (v->misses.slots[i].key == NULL)
			continue;
		m = v->misses.slots[i].value;
		if (m->is_miss)
			judge_miss(v, m);
		else if (m->nrepl > 0) {
			bad = xreallocarray(bad, nbad + 1, sizeof(*bad));
			bad[nbad++] = m;
		}
	}
	if (nbad > 1)
		qsort(bad, nbad, sizeof(*bad), by_ref_pos);
	for (i = 0; i < nbad; i++) {
		m = bad[i];
		if (m->nrepl == 1)
			diag_error(d, v->files[m->rfile], m->rline, "replaces: "
			    "%s is not a visit of case %s that the provider "
			    "missed", vid(m->id, q), v->cases[m->kase].c->id);
		else
			diag_error(d, v->files[m->rfile], m->rline, "replaces: "
			    "%s is not a visit of case %s that the provider "
			    "missed (and %lu more rows name it)", vid(m->id, q),
			    v->cases[m->kase].c->id, m->nrepl - 1);
	}
	free(bad);
}

/* A day at the edge of a stretch without visits, and why it is one. */
static const char *
edge(cdate d, const char *why, char *buf, size_t size)
{
	char a[DATE_BUFSZ];

	if (why != NULL)
		snprintf(buf, size, "%s (%s)", date_format(d, a), why);
	else
		snprintf(buf, size, "the visit of %s", date_format(d, a));
	return buf;
}

/* visit.frequency for one granted service of one decision. */
static void
frequency(struct compliance *v, struct vcase *vc, const struct decision *dec,
    const struct service *s)
{
	const char *file = s->pos.file != NULL ? s->pos.file : dec->pos.file;
	long line = s->pos.file != NULL ? s->pos.line : dec->pos.line;
	char a[64], b[64], w[32], x[DATE_BUFSZ];
	int track = vc->track[s->what];
	cdate from, to, d, due, prev, wk;
	struct dayview dv;
	const char *why;
	unsigned n;

	dv_init(&dv, vc);
	from = dec->from;
	why = "start of the decision";
	if (from < v->log_first) {
		from = v->log_first;
		why = "start of the log";
	}
	if (vc->c->start != DATE_NONE && from < vc->c->start) {
		from = vc->c->start;
		why = "start of the case";
	}
	to = v->log_last;
	if (dec->to != DATE_NONE && dec->to < to)
		to = dec->to;
	if (vc->c->end != DATE_NONE && vc->c->end < to)
		to = vc->c->end;
	if (to < from)
		return;
	if (s->every.n > 0) {
		prev = from;
		due = cal_add(vc->country, prev, s->every);
		for (d = from; d <= to; d++) {
			if (svc_get(&dv, track, d) == 0)
				continue;
			if (d > due)
				vfind(v, vc, file, line, SEV_ERROR,
				    R_VISIT_FREQUENCY, due + 1, "%s every %s "
				    "under decision %s: %d days from %s to the "
				    "visit of %s", service_name(s->what),
				    dur_text(s->every, w), dec->id, d - prev,
				    edge(prev, why, a, sizeof(a)),
				    date_format(d, x));
			prev = d;
			why = NULL;
			due = cal_add(vc->country, d, s->every);
		}
		if (due < to)
			vfind(v, vc, file, line, SEV_ERROR, R_VISIT_FREQUENCY,
			    due + 1, "%s every %s under decision %s: no visit "
			    "after %s, up to %s", service_name(s->what),
			    dur_text(s->every, w), dec->id, edge(prev, why, a,
			    sizeof(a)), edge(to, to == v->log_last ? "end of "
			    "the log" : "end of the decision", b, sizeof(b)));
	}
	if (s->per_week > 0)
		for (wk = date_iso_week_start(from); wk + 6 <= to; wk += 7) {
			if (wk < from)
				continue;
			for (n = 0, d = wk; d < wk + 7; d++)
				n += svc_get(&dv, track, d);
			if (n < (unsigned)s->per_week)
				vfind(v, vc, file, line, SEV_ERROR,
				    R_VISIT_FREQUENCY, wk, "%s %d a week under "
				    "decision %s: %u in the week of %s",
				    service_name(s->what), s->per_week,
				    dec->id, n, date_format(wk, x));
		}
}

/* provider.start: the first help after the provider was chosen. */
static void
provider_start(struct compliance *v, struct vcase *vc, const struct event *e)
{
	struct duration within = e->urgent ? dur_or(vc, R_PROVIDER_START,
	    "urgent_within", (struct duration){ 1, DUR_DAYS }) :
	    dur_or(vc, R_PROVIDER_START, "within",
	    (struct duration){ 10, DUR_WORKDAYS });
	uint8_t want = e->urgent ? D_PERSONAL : D_PRACTICAL;
	const char *kind = e->urgent ? "urgent personal help" :
	    "practical help";
	char a[DATE_BUFSZ], b[DATE_BUFSZ], c[DATE_BUFSZ], w[32];
	struct dayview dv;
	cdate due, d;

	dv_init(&dv, vc);
	if (e->chosen == DATE_NONE || e->chosen < v->log_first ||
	    e->chosen > v->log_last)
		return;
	due = cal_add(vc->country, e->chosen, within);
	for (d = e->chosen; d <= v->log_last; d++)
		if (cday_get(&dv, d)->flags & want)
			break;
	date_format(e->chosen, a);
	date_format(due, b);
	if (d <= v->log_last && d > due)
		vfind(v, vc, e->pos.file, e->pos.line, SEV_ERROR,
		    R_PROVIDER_START, due, "%s first came %s, later than %s "
		    "(%s after the provider was chosen on %s)", kind,
		    date_format(d, c), b, dur_text(within, w), a);
	else if (d > v->log_last && due <= v->log_last)
		vfind(v, vc, e->pos.file, e->pos.line, SEV_ERROR,
		    R_PROVIDER_START, due, "no %s by %s (%s after the "
		    "provider was chosen on %s)", kind, b,
		    dur_text(within, w), a);
}

static const struct compliance *naming;	/* for by_name: the staff ids */

static int
by_name(const void *a, const void *b)
{
	const struct pair *x = *(const struct pair *const *)a;
	const struct pair *y = *(const struct pair *const *)b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return strcmp(naming->staff[x->staff], naming->staff[y->staff]);
}

/* The day a helper came to know the client by an introduction, or NONE. */
static cdate
introduced(const struct care_case *c, const char *staff)
{
	cdate best = DATE_NONE;
	size_t i;

	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_INTRODUCTION &&
		    c->events[i].staff != NULL &&
		    strcmp(c->events[i].staff, staff) == 0 &&
		    (best == DATE_NONE || c->events[i].date < best))
			best = c->events[i].date;
	return best;
}

/* staff.introduced and visit.unknown-helper-notice: helpers whose first
 * visit to a client came with no introduction before it and after the
 * first days of visits in the log, when everyone who comes is taken to
 * know the client (unless the case began then). */
static void
new_helpers(struct compliance *v, struct vcase *vc)
{
	const struct care_case *c = vc->c;
	struct pair **l;
	char a[DATETIME_BUFSZ], b[DATE_BUFSZ], e[DATE_BUFSZ], msg[600];
	cdate known_until = DATE_NONE, day, intro;
	bool intr = on(vc, R_STAFF_INTRODUCED);
	bool vi = c->visually_impaired && on(vc, R_VISIT_UNKNOWN_HELPER_NOTICE);
	size_t i, j, n = 0, len;
	int32_t k;

	cminute first = INT64_MAX;

	if ((!intr && !vi) || vc->npairs == 0)
		return;
	for (i = 0; i < vc->npairs; i++)
		if (vc->pairs[i].first < first)
			first = vc->pairs[i].first;
	day = datetime_date(first);
	if (c->start == DATE_NONE || c->start < day)
		known_until = cal_add(vc->country, day, dur_or(vc,
		    R_STAFF_INTRODUCED, "baseline",
		    (struct duration){ 7, DUR_DAYS }));
	l = xcalloc(vc->npairs, sizeof(*l));
	for (i = 0; i < vc->npairs; i++) {
		struct pair *pr = &vc->pairs[i];

		if (pr->first == INT64_MAX)
			continue;
		day = datetime_date(pr->first);
		if (known_until != DATE_NONE && day < known_until)
			continue;
		intro = introduced(c, v->staff[pr->staff]);
		if (intro != DATE_NONE && intro <= day)
			continue;
		l[n++] = pr;
	}
	naming = v;
	qsort(l, n, sizeof(*l), by_name);
	for (i = 0; vi && i < n; i++)
		if (!l[i]->notified)
			vfind(v, vc, v->files[l[i]->file], l[i]->line,
			    SEV_WARNING, R_VISIT_UNKNOWN_HELPER_NOTICE,
			    datetime_date(l[i]->first), "%s came to the "
			    "visually impaired client for the first time, %s, "
			    "and the client was not phoned beforehand",
			    pseudo(PSEUDO_STAFF, v->staff[l[i]->staff]),
			    datetime_format(l[i]->first, a));
	for (i = 0; intr && i < n; i = j) {
		k = period_of(vc, datetime_date(l[i]->first));
		for (j = i; j < n && period_of(vc, datetime_date(
		    l[j]->first)) == k; j++)
			;
		len = (size_t)snprintf(msg, sizeof(msg), "%zu new helper%s "
		    "with no earlier visit or introduction in %s..%s:",
		    j - i, j - i == 1 ? "" : "s", date_format(period_start(vc,
		    k), b), date_format(period_start(vc, k) + vc->period - 1,
		    e));
		for (size_t x = i; x < j && x < i + MAX_NAMES; x++)
			len += (size_t)snprintf(msg + len, sizeof(msg) - len,
			    "%s %s (%s)", x > i ? "," : "",
			    pseudo(PSEUDO_STAFF, v->staff[l[x]->staff]),
			    date_format(datetime_date(l[x]->first), b));
		if (j - i > MAX_NAMES)
			snprintf(msg + len, sizeof(msg) - len, " and %zu more",
			    j - i - MAX_NAMES);
		vfind(v, vc, v->files[l[i]->file], l[i]->line, SEV_INFO,
		    R_STAFF_INTRODUCED, datetime_date(l[i]->first), "%s", msg);
	}
	free(l);
}

static struct indicator *
indicator_of(struct compliance *v, const struct vcase *vc, cdate start)
{
	size_t i;

	for (i = 0; i < v->nind; i++)
		if (v->ind[i].start == start && v->ind[i].end == start +
		    vc->period - 1 && v->ind[i].from == vc->win_from &&
		    v->ind[i].to == vc->win_to)
			return &v->ind[i];
	if (v->nind == v->capind) {
		v->capind = v->capind ? 2 * v->capind : 8;
		v->ind = xreallocarray(v->ind, v->capind, sizeof(*v->ind));
	}
	memset(&v->ind[v->nind], 0, sizeof(v->ind[v->nind]));
	v->ind[v->nind].start = start;
	v->ind[v->nind].end = start + vc->period - 1;
	v->ind[v->nind].from = vc->win_from;
	v->ind[v->nind].to = vc->win_to;
	return &v->ind[v->nind++];
}

/* visit.continuity: distinct staff per period, the --continuity rows and
 * the clients the national indicator counts. */
static void
continuity(struct compliance *v, struct vcase *vc)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ], f[8], t[8];
	struct indicator *ind;
	unsigned visits, staff;
	struct dayview dv;
	bool every_day;
	int32_t k, klo, khi;
	cdate s, d;
	uint32_t i;
	double max;

	if (!on(vc, R_VISIT_CONTINUITY) || vc->nch == 0)
		return;
	dv_init(&dv, vc);
	max = num_or(vc, R_VISIT_CONTINUITY, "max_staff", -1);
	klo = period_of(vc, epoch + (cdate)(vc->ch[0]->base << CHUNK_SHIFT));
	khi = period_of(vc, epoch + (cdate)(vc->ch[vc->nch - 1]->base <<
	    CHUNK_SHIFT) + CHUNK_DAYS - 1);
	for (k = klo; k <= khi; k++) {
		s = period_start(vc, k);
		visits = 0;
		every_day = true;
		for (d = s; d < s + vc->period; d++) {
			const struct cday *cd = cday_get(&dv, d);

			visits += cd->win;
			if (cd->win < 2 || (cd->flags & D_AWAY))
				every_day = false;
		}
		if (visits == 0)
			continue;
		for (staff = 0, i = 0; i < vc->npairs; i++)
			staff += pair_has(&vc->pairs[i], k);
		if (v->nrows == v->caprows) {
			v->caprows = v->caprows ? 2 * v->caprows : 256;
			v->rows = xreallocarray(v->rows, v->caprows,
			    sizeof(*v->rows));
		}
		v->rows[v->nrows++] = (struct controw){ (uint32_t)vc->c->index,
		    s, s + vc->period - 1, visits, staff };
		if (max >= 0 && staff > max)
			vfind(v, vc, vc->c->pos.file, vc->c->pos.line,
			    SEV_WARNING, R_VISIT_CONTINUITY, s, "%u different "
			    "staff in %s..%s (visits %s-%s), more than %.0f",
			    staff, date_format(s, a), date_format(s +
			    vc->period - 1, b), hhmm(vc->win_from, f),
			    hhmm(vc->win_to, t), max);
		if (every_day && s >= v->log_first && s + vc->period - 1 <=
		    v->log_last) {
			ind = indicator_of(v, vc, s);
			if (ind->n == ind->cap) {
				ind->cap = ind->cap ? 2 * ind->cap : 64;
				ind->staff = xreallocarray(ind->staff,
				    ind->cap, sizeof(*ind->staff));
			}
			ind->staff[ind->n++] = staff;
		}
	}
}

static int
by_content(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	int c;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	if (x->rule != y->rule)
		return x->rule < y->rule ? -1 : 1;
	if ((c = strcmp(x->message, y->message)) != 0)
		return c;
	if ((c = strcmp(x->file, y->file)) != 0)
		return c;
	return x->line < y->line ? -1 : x->line > y->line;
}

void
compliance_end(struct compliance *v, struct diag *d)
{
	const struct care_case *c;
	struct vcase *vc;
	size_t i, j, k;

	unknown_rest(&v->unknown, d, "visit", "visits");
	if (v->log_first == DATE_NONE)
		return;
	misses(v, d);
	for (i = 0; i < v->set->ncases; i++) {
		vc = &v->cases[i];
		c = vc->c;
		/* a client with no row may be another provider's */
		if (vc->first == DATE_NONE)
			continue;
		if (on(vc, R_VISIT_FREQUENCY))
			for (j = 0; j < c->ndecisions; j++)
				for (k = 0; k < c->decisions[j].nservices; k++)
					if (c->decisions[j].from != DATE_NONE &&
					    (c->decisions[j].services[k].every.n
					    > 0 || c->decisions[j].services[k].
					    per_week > 0))
						frequency(v, vc,
						    &c->decisions[j],
						    &c->decisions[j].services[k]);
		if (on(vc, R_PROVIDER_START))
			for (j = 0; j < c->nevents; j++)
				if (c->events[j].type == EV_PROVIDER_CHOICE)
					provider_start(v, vc, &c->events[j]);
		new_helpers(v, vc);
		continuity(v, vc);
	}
	if (v->f->n > 1)
		qsort(v->f->v, v->f->n, sizeof(*v->f->v), by_content);
	for (i = 0; i < v->f->n; i++)
		v->f->v[i].seq = i;
}

/*
 * Reports.
 */

static void
percent(char *buf, size_t size, const struct tally *t)
{
	if (t->planned_min > 0)
		snprintf(buf, size, "%.1f", 100.0 * (double)t->delivered_min /
		    (double)t->planned_min);
	else
		buf[0] = '\0';
}

/* Characters, not bytes, of UTF-8 text: the width of a column. */
static size_t
width(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* s, then spaces to w characters. */
static void
pad(FILE *fp, const char *s, size_t w)
{
	size_t n = width(s);

	fputs(s, fp);
	for (; n < w; n++)
		fputc(' ', fp);
}

static void
sum_row(FILE *fp, enum out_format fmt, const char *key, const char *id,
    const struct tally *t, size_t w)
{
	char pc[32];

	percent(pc, sizeof(pc), t);
	if (fmt == OUT_CSV) {
		csv_write_field(fp, id);
		fprintf(fp, ",%lu,%lu,%lu,%lu,%lld,%lld,%s\n", t->planned,
		    t->delivered, t->missed, t->excused,
		    (long long)t->planned_min, (long long)t->delivered_min,
		    pc);
	} else if (fmt == OUT_JSON) {
		fprintf(fp, "{\"%s\":", key);
		json_write_string(fp, id);
		fprintf(fp, ",\"planned\":%lu,\"delivered\":%lu,"
		    "\"missed_provider\":%lu,\"excused\":%lu,"
		    "\"planned_minutes\":%lld,\"delivered_minutes\":%lld,"
		    "\"delivered_percent\":%s}\n", t->planned, t->delivered,
		    t->missed, t->excused, (long long)t->planned_min,
		    (long long)t->delivered_min, pc[0] ? pc : "null");
	} else {
		pad(fp, id, w);
		fprintf(fp, " %8lu %9lu %7lu %7lu %9lld %9lld %7s%s\n",
		    t->planned, t->delivered, t->missed, t->excused,
		    (long long)t->planned_min, (long long)t->delivered_min, pc,
		    pc[0] ? "%" : "");
	}
}

static void
add_tally(struct tally *sum, const struct tally *t)
{
	sum->planned += t->planned;
	sum->delivered += t->delivered;
	sum->missed += t->missed;
	sum->excused += t->excused;
	sum->planned_min += t->planned_min;
	sum->delivered_min += t->delivered_min;
}

static void
sum_table(FILE *fp, const char *title, size_t w)
{
	pad(fp, title, w);
	fprintf(fp, " %8s %9s %7s %7s %9s %9s %8s\n", "planned",
	    "delivered", "missed", "excused", "plan min", "given min",
	    "given");
}

static int
by_prov_id(const void *a, const void *b)
{
	return strcmp(((const struct provider *)a)->id,
	    ((const struct provider *)b)->id);
}

/* -s: planned against delivered per case, and per provider. */
int
compliance_summary(const struct compliance *v, FILE *fp,
    enum out_format fmt, bool by_provider)
{
	const char *key = by_provider ? "provider" : "case";
	struct provider *pv;
	struct tally sum;
	size_t i, w = 8;

	for (i = 0; i < v->set->ncases; i++)
		if (v->cases[i].first != DATE_NONE &&
		    width(v->cases[i].c->id) > w)
			w = width(v->cases[i].c->id);
	for (i = 0; i < v->nprov; i++)
		if (!v->prov[i].bad && width(v->prov[i].id) > w)
			w = width(v->prov[i].id);
	if (w > 40)
		w = 40;
	if (fmt == OUT_CSV)
		fprintf(fp, "%s,planned,delivered,missed_provider,excused,"
		    "planned_minutes,delivered_minutes,delivered_percent\n",
		    key);
	pv = xcalloc(v->nprov + 1, sizeof(*pv));
	if (v->nprov > 0)
		memcpy(pv, v->prov, v->nprov * sizeof(*pv));
	if (v->nprov > 1)
		qsort(pv, v->nprov, sizeof(*pv), by_prov_id);
	if (!by_provider || fmt == OUT_TEXT) {
		memset(&sum, 0, sizeof(sum));
		if (fmt == OUT_TEXT)
			sum_table(fp, "case", w);
		for (i = 0; i < v->set->ncases; i++) {
			const struct vcase *vc = &v->cases[i];

			if (vc->t.planned + vc->t.delivered + vc->t.missed +
			    vc->t.excused == 0)
				continue;
			sum_row(fp, fmt, "case", pseudo(PSEUDO_CASE,
			    vc->c->id), &vc->t, w);
			add_tally(&sum, &vc->t);
		}
		if (fmt == OUT_TEXT)
			sum_row(fp, fmt, "case", "total", &sum, w);
	}
	if ((by_provider || fmt == OUT_TEXT) && v->nprov > 0) {
		memset(&sum, 0, sizeof(sum));
		if (fmt == OUT_TEXT) {
			fputc('\n', fp);
			sum_table(fp, "provider", w);
		}
		for (i = 0; i < v->nprov; i++) {
			/* one seen only on rows left out is not shown */
			if (pv[i].t.planned + pv[i].t.delivered +
			    pv[i].t.missed + pv[i].t.excused == 0)
				continue;
			sum_row(fp, fmt, "provider", pv[i].id, &pv[i].t,
			    w);
			add_tally(&sum, &pv[i].t);
		}
		if (fmt == OUT_TEXT)
			sum_row(fp, fmt, "provider", "total", &sum, w);
	}
	free(pv);
	return ferror(fp) ? -1 : 0;
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

/* --continuity: a row per case and period, then the national indicator
 * for each whole period of the log, on note (prefixed) or after the rows. */
int
compliance_continuity(const struct compliance *v, FILE *fp, FILE *note,
    const char *prefix, enum out_format fmt)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ], f[8], t[8];
	const struct controw *r;
	struct indicator *ind;
	double mean, median;
	size_t i, j, w = 8;
	const char *id;

	for (i = 0; i < v->nrows; i++)
		if (width(v->cases[v->rows[i].kase].c->id) > w)
			w = width(v->cases[v->rows[i].kase].c->id);
	if (fmt == OUT_CSV)
		fputs("case,period_start,period_end,visits,staff\n", fp);
	else if (fmt == OUT_TEXT && v->nrows > 0) {
		pad(fp, "case", w);
		fprintf(fp, " %-22s %7s %6s\n", "period", "visits", "staff");
	}
	for (i = 0; i < v->nrows; i++) {
		r = &v->rows[i];
		id = pseudo(PSEUDO_CASE, v->cases[r->kase].c->id);
		date_format(r->start, a);
		date_format(r->end, b);
		if (fmt == OUT_CSV) {
			csv_write_field(fp, id);
			fprintf(fp, ",%s,%s,%u,%u\n", a, b, r->visits,
			    r->staff);
		} else if (fmt == OUT_JSON) {
			fputs("{\"case\":", fp);
			json_write_string(fp, id);
			fprintf(fp, ",\"period_start\":\"%s\",\"period_end\":"
			    "\"%s\",\"visits\":%u,\"staff\":%u}\n", a, b,
			    r->visits, r->staff);
		} else {
			pad(fp, id, w);
			fprintf(fp, " %s..%s %7u %6u\n", a, b, r->visits,
			    r->staff);
		}
	}
	if (fmt == OUT_TEXT && v->nrows > 0)
		fputc('\n', fp);
	if (v->nind > 1)
		qsort(v->ind, v->nind, sizeof(*v->ind), by_ind);
	for (i = 0; i < v->nind; i++) {
		ind = &v->ind[i];
		qsort(ind->staff, ind->n, sizeof(*ind->staff), by_unsigned);
		for (mean = 0, j = 0; j < ind->n; j++)
			mean += ind->staff[j];
		mean /= (double)ind->n;
		median = ind->n % 2 ? ind->staff[ind->n / 2] :
		    (ind->staff[ind->n / 2 - 1] + ind->staff[ind->n / 2]) /
		    2.0;
		fprintf(note, "%s%spersonnel continuity %s..%s: %zu client%s "
		    "with 2 or more visits %s-%s every day met %.1f staff on "
		    "average, median %.1f\n", prefix ? prefix : "",
		    prefix ? ": " : "", date_format(ind->start, a),
		    date_format(ind->end, b), ind->n, ind->n == 1 ? "" : "s",
		    hhmm(ind->from, f), hhmm(ind->to, t), mean, median);
	}
	if (v->nind == 0)
		fprintf(note, "%s%spersonnel continuity: no client had 2 or "
		    "more visits in the day every day of a whole period of "
		    "the log\n",
		    prefix ? prefix : "", prefix ? ": " : "");
	return ferror(fp) || ferror(note) ? -1 : 0;
}
