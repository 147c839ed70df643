#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actlog.h"
#include "calendar.h"
#include "csvin.h"
#include "hours.h"
#include "pseudo.h"
#include "shifts.h"
#include "strmap.h"
#include "text.h"
#include "tz.h"
#include "xalloc.h"

#define PROVIDER	"*"	/* the case column of unit-wide findings */
#define NO_GROUP	((size_t)-1)

/* One shift as the end-of-stream rules need it: 24 bytes. */
struct stored {
	int32_t		start, end;	/* UTC minutes since 1970 */
	uint32_t	staff, kase, line;
	uint16_t	file;
	uint8_t		kind;
	uint8_t		pad;
};

/* Hours of one case in one accounting period. */
struct period {
	double		used;		/* weighted hours */
	double		inside;		/* of them inside a decision */
	double		inside_year[2];	/* by calendar year, from the start's */
	unsigned long	shifts;
};

enum period_unit { PER_MONTH, PER_WEEK, PER_MONTHS, PER_DAYS };

struct hcase {
	const struct care_case	*c;
	const struct profile	*p;
	enum zone		 zone;
	bool			 granted;	/* hours.granted applies */
	enum period_unit	 unit;
	int			 len;		/* months or days a period */
	cdate			 anchor;	/* DATE_NONE until known */
	struct period		*per;
	int			 lo, n;		/* periods lo .. lo + n - 1 */
	cdate			 end;		/* case or contract end */
	cdate			 day;		/* cache: the last shift's day */
	int			 day_pidx;
	int			 day_where;	/* 0 inside, else why not */
	int			 day_slot;	/* its year: 0 the period's */
	uint32_t		 first, count;	/* its run in v, when grouped */
	cdate			 per_first, per_last;	/* period day_pidx */
	cdate			 per_newyear;	/* 1 Jan after per_first */
	double			 weight[KIND_COUNT];	/* used hours per hour */
	unsigned long		 shifts;
};

struct staff {
	const char	*id;
	int		 qualified;	/* -1 not in the roster */
	struct srcpos	 roster_pos;
	bool		 se_pa;		/* works se-pa shifts: worktime rules */
	bool		 dk_hh;
	bool		 bad_id;	/* not usable: its rows are rejected */
	double		 dk_hours;
	uint32_t	 first;		/* first shift kept, for positions */
};

/* A row of the -s summary. */
struct sumrow {
	uint32_t	kase;
	cdate		start, end;
	double		granted, used, billable, amount;	/* amount NAN: none */
};

struct fkline {
	uint32_t	kase, staff;
	cminute		start, end;
	int32_t		minutes;
	uint8_t		kind;
};

struct hours {
	const struct caseset	*set;
	const struct profiles	*ps;
	struct hours_options	 o;
	struct findings		*f;
	struct hcase		*cases;
	struct strmap		 staff_index;
	struct staff		*staff;
	size_t			 nstaff, capstaff;
	struct unknown_cases	 unknown;
	struct arena		 a;
	const char		*files[UINT16_MAX];
	size_t			 nfiles;
	struct stored		*v;
	size_t			 n, cap;
	struct fkline		*fk;
	size_t			 nfk, capfk;
	struct sumrow		*sum;
	size_t			 nsum, capsum;
	struct hours_counts	 count;
	bool			 scattered;	/* a case's shifts not in one run */
	uint32_t		 run;		/* the case of the last shift + 1 */
	struct srcpos		 roster_pos;
	bool			 roster;
	bool			 rate_missing[300];	/* by year - 1900 */
	cdate			 dk_first, dk_last;	/* dk-hh shifts' span */
	/* caches for the hot loop */
	char			 last_case[128];
	size_t			 last_case_len;
	struct hcase		*last_hc;
	char			 last_staff[128];
	size_t			 last_staff_len;
	uint32_t		 last_staff_ix;
	struct idcache		 scache;
};

enum where { INSIDE, OUTSIDE_DECISION, BEFORE_START, AFTER_END };

static struct finding *hfind(struct hours *, size_t, const char *, long,
    const char *, enum severity, enum rule_id, cdate, const char *, ...)
    __attribute__((format(printf, 9, 10)));

/* A finding in a case's group (NO_GROUP: unit-wide, last). */
static struct finding *
hfind(struct hours *h, size_t group, const char *file, long line,
    const char *case_id, enum severity sev, enum rule_id rule, cdate date,
    const char *fmt, ...)
{
	struct srcpos pos = { file, line };
	struct finding *x;
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	x = findings_add(h->f, &pos, case_id, sev, rule, date, "%s", msg);
	x->group = group;
	return x;
}

static bool
on(const struct hcase *hc, enum rule_id r)
{
	return profile_on(hc->p, r);
}

/* Local clock text of a UTC minute in a zone: "2026-03-01 07:00". */
static char *
local_text(enum zone z, int32_t utc, char *buf)
{
	return datetime_format((cminute)utc + tz_offset(z, utc), buf);
}

static const char *
clock_text(enum zone z, int32_t utc, char *buf)
{
	int t = datetime_clock((cminute)utc + tz_offset(z, utc));

	snprintf(buf, 8, "%02d:%02d", (t / 60) % 100, t % 60);
	return buf;
}

/*
 * Accounting periods.
 */

/* How a case's periods are cut: FK-funded personal assistance in periods
 * of period_fk from the first decision, else by period: 1m calendar
 * months, 1w ISO weeks, other lengths counted from the first decision. */
static void
period_setup(struct hcase *hc)
{
	const struct care_case *c = hc->c;
	struct duration d;
	size_t i;

	hc->granted = on(hc, R_HOURS_GRANTED);
	if (!hc->granted)
		return;
	hc->weight[KIND_ACTIVE] = 1;
	hc->weight[KIND_ON_CALL] = profile_num(hc->p, R_HOURS_GRANTED,
	    "on_call_weight");
	hc->weight[KIND_STANDBY] = profile_num(hc->p, R_HOURS_GRANTED,
	    "standby_weight");
	hc->weight[KIND_INTRODUCTION] = 0;
	d = profile_dur(hc->p, R_HOURS_GRANTED, c->funder == FUNDER_FK ?
	    "period_fk" : "period");
	hc->anchor = DATE_NONE;
	for (i = 0; i < c->ndecisions; i++)
		if (c->decisions[i].from != DATE_NONE && (hc->anchor ==
		    DATE_NONE || c->decisions[i].from < hc->anchor))
			hc->anchor = c->decisions[i].from;
	if (hc->anchor == DATE_NONE)
		hc->anchor = c->start;
	switch (d.unit) {
	case DUR_MONTHS:
	case DUR_YEARS:
		hc->len = d.unit == DUR_YEARS ? 12 * d.n : d.n;
		hc->unit = hc->len == 1 && c->funder != FUNDER_FK ?
		    PER_MONTH : PER_MONTHS;
		break;
	case DUR_WEEKS:
		hc->len = 7 * d.n;
		hc->unit = d.n == 1 ? PER_WEEK : PER_DAYS;
		break;
	default:
		hc->len = d.n > 0 ? (int)(dur_minutes(d) / 1440) : 1;
		if (hc->len < 1)
			hc->len = 1;
		hc->unit = PER_DAYS;
		break;
	}
	if (hc->unit == PER_MONTH && hc->anchor != DATE_NONE)
		hc->anchor = date_month_start(hc->anchor);
	if (hc->unit == PER_WEEK && hc->anchor != DATE_NONE)
		hc->anchor = date_iso_week_start(hc->anchor);
}

static int
floordiv(long a, long b)
{
	return (int)(a >= 0 ? a / b : -((-a + b - 1) / b));
}

static int
month_number(cdate d)
{
	int y, m, dd;

	date_to_ymd(d, &y, &m, &dd);
	return y * 12 + m - 1;
}

/* The first day of period k. */
static cdate
period_start(const struct hcase *hc, int k)
{
	switch (hc->unit) {
	case PER_MONTH:
		return date_add_months(hc->anchor, k);
	case PER_WEEK:
		return hc->anchor + 7 * k;
	case PER_MONTHS:
		return date_add_months(hc->anchor, k * hc->len);
	case PER_DAYS:
		return hc->anchor + k * hc->len;
	}
	return hc->anchor;
}

static cdate
period_end(const struct hcase *hc, int k)
{
	return period_start(hc, k + 1) - 1;
}

static int
period_of(const struct hcase *hc, cdate d)
{
	int k;

	switch (hc->unit) {
	case PER_MONTH:
		return month_number(d) - month_number(hc->anchor);
	case PER_WEEK:
		return floordiv(d - hc->anchor, 7);
	case PER_DAYS:
		return floordiv(d - hc->anchor, hc->len);
	case PER_MONTHS:
		k = floordiv(month_number(d) - month_number(hc->anchor),
		    hc->len);
		while (period_start(hc, k) > d)
			k--;
		while (period_start(hc, k + 1) <= d)
			k++;
		return k;
	}
	return 0;
}

/* The period record k, made when first needed. */
static struct period *
period_at(struct hcase *hc, int k)
{
	struct period *per;
	int lo, n;

	if (hc->n == 0) {
		hc->per = xcalloc(1, sizeof(*hc->per));
		hc->lo = k;
		hc->n = 1;
	} else if (k < hc->lo || k >= hc->lo + hc->n) {
		lo = k < hc->lo ? k : hc->lo;
		n = (k >= hc->lo + hc->n ? k + 1 : hc->lo + hc->n) - lo;
		per = xcalloc((size_t)n, sizeof(*per));
		memcpy(per + (hc->lo - lo), hc->per, (size_t)hc->n *
		    sizeof(*per));
		free(hc->per);
		hc->per = per;
		hc->lo = lo;
		hc->n = n;
	}
	return &hc->per[k - hc->lo];
}

/*
 * Decisions and grants.
 */

static bool
in_force(const struct decision *dec, cdate d)
{
	return dec->from != DATE_NONE && d >= dec->from &&
	    (dec->to == DATE_NONE || d <= dec->to) &&
	    (dec->to == DATE_NONE || dec->to >= dec->from);
}

/* Where a day stands: inside a decision and the case's time, or why not. */
static enum where
where_is(const struct hcase *hc, cdate d)
{
	const struct care_case *c = hc->c;
	size_t i;

	if (c->start != DATE_NONE && d < c->start)
		return BEFORE_START;
	if (hc->end != DATE_NONE && d > hc->end)
		return AFTER_END;
	for (i = 0; i < c->ndecisions; i++)
		if (in_force(&c->decisions[i], d))
			return INSIDE;
	return OUTSIDE_DECISION;
}

/* Hours a week a decision grants: hours_per_week, or for home help
 * without it, the services' minutes times their frequency. */
static double
weekly_hours(const struct decision *dec)
{
	const struct service *s;
	double minutes = 0;
	size_t i;

	if (dec->hours_per_week >= 0)
		return dec->hours_per_week;
	for (i = 0; i < dec->nservices; i++) {
		s = &dec->services[i];
		if (s->minutes == 0)
			continue;
		if (s->per_week > 0)
			minutes += (double)s->per_week * s->minutes;
		else if (s->every.n > 0)
			minutes += (double)s->minutes * 7 * 1440 /
			    (double)dur_minutes(s->every);
	}
	return minutes / 60;
}

/* Hours granted from first to last (inclusive): a seventh of the weekly
 * hours for each day a decision is in force; temporary decisions apart. */
static void
granted(const struct hcase *hc, cdate first, cdate last, double *regular,
    double *temporary)
{
	const struct care_case *c = hc->c;
	const struct decision *dec;
	cdate lo, hi;
	size_t i;

	*regular = *temporary = 0;
	for (i = 0; i < c->ndecisions; i++) {
		dec = &c->decisions[i];
		if (dec->from == DATE_NONE || (dec->to != DATE_NONE &&
		    dec->to < dec->from))
			continue;
		lo = dec->from > first ? dec->from : first;
		hi = dec->to != DATE_NONE && dec->to < last ? dec->to : last;
		if (c->start != DATE_NONE && lo < c->start)
			lo = c->start;
		if (hc->end != DATE_NONE && hi > hc->end)
			hi = hc->end;
		if (hi < lo)
			continue;
		if (dec->temporary)
			*temporary += weekly_hours(dec) / 7 * (hi - lo + 1);
		else
			*regular += weekly_hours(dec) / 7 * (hi - lo + 1);
	}
}

/*
 * Reading.
 */

struct hours *
hours_new(const struct caseset *set, const struct profiles *ps,
    const struct hours_options *o, struct findings *f)
{
	const struct param_value *period;
	struct hours *h = xcalloc(1, sizeof(*h));
	struct hcase *hc;
	size_t i;

	h->set = set;
	h->ps = ps;
	h->o = *o;
	h->f = f;
	strmap_init(&h->staff_index);
	unknown_init(&h->unknown);
	arena_init(&h->a);
	h->dk_first = h->dk_last = DATE_NONE;
	h->last_staff_len = SIZE_MAX;	/* no staff seen yet */
	h->cases = xcalloc(set->ncases + 1, sizeof(*h->cases));
	for (i = 0; i < set->ncases; i++) {
		hc = &h->cases[i];
		hc->c = set->cases[i];
		hc->p = profiles_for(ps, hc->c->regime);
		hc->zone = regime_zone(hc->c->regime);
		hc->end = hc->c->end;
		hc->day = DATE_NONE;
		if (hc->c->contract_notice != DATE_NONE &&
		    (rule_defs[R_CONTRACT_NOTICE].regimes &
		    (1u << hc->c->regime))) {
			period = profile_param(hc->p, R_CONTRACT_NOTICE,
			    "period");
			if (period->set) {
				cdate ce = cal_add(regime_country(
				    hc->c->regime), hc->c->contract_notice,
				    period->dur);

				if (hc->end == DATE_NONE || ce < hc->end)
					hc->end = ce;
			}
		}
		period_setup(hc);
	}
	return h;
}

void
hours_free(struct hours *h)
{
	size_t i;

	if (h == NULL)
		return;
	for (i = 0; i < h->set->ncases; i++)
		free(h->cases[i].per);
	free(h->cases);
	free(h->staff);
	free(h->v);
	free(h->fk);
	free(h->sum);
	strmap_free(&h->staff_index);
	unknown_free(&h->unknown);
	arena_free(&h->a);
	free(h);
}

static uint16_t
file_index(struct hours *h, const char *name)
{
	if (h->nfiles < UINT16_MAX)
		h->files[h->nfiles++] = arena_strdup(&h->a, name);
	return (uint16_t)(h->nfiles - 1);
}

/* The dense index of a staff id, made on first sight; the map keeps a
 * copy of the id, not the row it came from. */
static uint32_t __attribute__((noinline))
staff_index(struct hours *h, const char *id, size_t len)
{
	struct staff *s;
	void **slot, *v;
	int added;

	if (len < sizeof(h->last_staff) && len == h->last_staff_len &&
	    actlog_same_id(id, h->last_staff, len))
		return h->last_staff_ix;
	if ((v = strmap_get(&h->staff_index, id, len)) == NULL) {
		if (h->nstaff == h->capstaff) {
			h->capstaff = h->capstaff ? 2 * h->capstaff : 256;
			h->staff = xreallocarray(h->staff, h->capstaff,
			    sizeof(*h->staff));
		}
		s = &h->staff[h->nstaff];
		memset(s, 0, sizeof(*s));
		s->id = arena_strndup(&h->a, id, len);
		s->qualified = -1;
		s->first = UINT32_MAX;
		s->bad_id = !shift_id_ok(id, len);
		slot = strmap_put(&h->staff_index, s->id, len, &added);
		v = *slot = (void *)(uintptr_t)(++h->nstaff);
	}
	if (len < sizeof(h->last_staff)) {
		memcpy(h->last_staff, id, len);
		h->last_staff_len = len;
		h->last_staff_ix = (uint32_t)((uintptr_t)v - 1);
	}
	return (uint32_t)((uintptr_t)v - 1);
}

/* The case of a shift, or NULL for an unknown or rejected case.  The
 * first shift of each such case gets *fresh, to be reported with its line
 * when the row ends; the rest are counted and reported at the end. */
static struct hcase * __attribute__((noinline))
case_of(struct hours *h, const char *id, size_t len, uint16_t file,
    struct unknown_case **fresh)
{
	const struct care_case *c;

	*fresh = NULL;
	if ((c = caseset_find(h->set, id, len)) != NULL) {
		if (len < sizeof(h->last_case)) {
			memcpy(h->last_case, id, len);
			h->last_case_len = len;
			h->last_hc = &h->cases[c->index];
		}
		return &h->cases[c->index];
	}
	*fresh = unknown_note(&h->unknown, h->set, id, len, h->files[file]);
	return NULL;
}

/* Checks one shift as it streams by and keeps what the end needs. */
static void
take_shift(struct hours *h, struct hcase *hc, const struct shift_row *r,
    uint32_t staff, uint16_t file, long line, struct diag *d)
{
	const struct care_case *c = hc->c;
	char a[DATETIME_BUFSZ], b[DATE_BUFSZ], e[8];
	int64_t start, end;
	struct period *per;
	struct stored *s;
	double hrs, w;
	cdate day;
	size_t i;

	if (date_year(datetime_date(r->start)) < TZ_FIRST_YEAR ||
	    date_year(datetime_date(r->end)) > TZ_LAST_YEAR) {
		diag_error(d, h->files[file], line, "shift outside the years "
		    "%d to %d that hours are counted in", TZ_FIRST_YEAR,
		    TZ_LAST_YEAR);
		h->count.rejected++;
		return;
	}
	start = tz_to_utc(hc->zone, r->start);
	end = tz_to_utc(hc->zone, r->end);
	if (end <= start) {
		diag_error(d, h->files[file], line, "shift has no length in "
		    "%s: the clock is put back or forward over it",
		    tz_name(hc->zone));
		h->count.rejected++;
		return;
	}
	hrs = (double)(end - start) / 60;
	day = datetime_date(r->start);
	h->count.used++;
	hc->shifts++;
	if (r->stated >= 0 && fabs(r->stated * 60 - (double)(end - start)) >
	    1 && on(hc, R_BILLING_DST))
		hfind(h, c->index, h->files[file], line, c->id, SEV_ERROR,
		    R_BILLING_DST, day, "shift %s-%s is %.2f h of elapsed "
		    "time in %s, not the %.2f h stated%s",
		    datetime_format(r->start, a), clock_text(hc->zone,
		    (int32_t)end, e), hrs, tz_name(hc->zone), r->stated,
		    (end - start) != r->end - r->start ? " (the clock changes "
		    "that night)" : "");
	/* where the day stands, once per day of the case */
	if (day != hc->day) {
		hc->day = day;
		hc->day_where = where_is(hc, day);
		if (hc->granted && hc->anchor == DATE_NONE)
			hc->anchor = hc->unit == PER_WEEK ?
			    date_iso_week_start(day) : hc->unit == PER_MONTH ?
			    date_month_start(day) : day;
		if (hc->granted) {
			/* days come in order: the period rarely changes */
			if (hc->per_last == 0 || day < hc->per_first ||
			    day > hc->per_last) {
				hc->day_pidx = period_of(hc, day);
				hc->per_first = period_start(hc, hc->day_pidx);
				hc->per_last = period_end(hc, hc->day_pidx);
				hc->per_newyear = date_from_ymd(date_year(
				    hc->per_first) + 1, 1, 1);
			}
			hc->day_slot = day >= hc->per_newyear;
		}
	}
	if (hc->day_where != INSIDE && on(hc, R_HOURS_OUTSIDE_DECISION))
		hfind(h, c->index, h->files[file], line, c->id, SEV_ERROR,
		    R_HOURS_OUTSIDE_DECISION, day, "shift %s (%.2f h) is %s: "
		    "not billable", datetime_format(r->start, a), hrs,
		    hc->day_where == BEFORE_START ? "before the service start" :
		    hc->day_where == AFTER_END ? "after the case or its "
		    "contract ended" : "outside every decision");
	/* hours.hospital: FK pays for special reasons, at most four weeks */
	if (c->funder == FUNDER_FK && on(hc, R_HOURS_HOSPITAL) &&
	    r->kind != KIND_INTRODUCTION)
		for (i = 0; i < c->nevents; i++) {
			const struct event *ev = &c->events[i];
			cdate limit;

			if (ev->type != EV_ABSENCE || ev->reason !=
			    REASON_HOSPITAL || day < ev->from ||
			    (ev->to != DATE_NONE && day > ev->to))
				continue;
			limit = cal_add(COUNTRY_SE, ev->from, profile_dur(hc->p,
			    R_HOURS_HOSPITAL, "max"));
			date_format(ev->from, b);
			if (day < limit)
				hfind(h, c->index, h->files[file], line, c->id,
				    SEV_WARNING, R_HOURS_HOSPITAL, day, "shift "
				    "%s during the client's hospital stay from "
				    "%s: FK pays only for special reasons",
				    datetime_format(r->start, a), b);
			else
				hfind(h, c->index, h->files[file], line, c->id,
				    SEV_ERROR, R_HOURS_HOSPITAL, day, "shift %s "
				    "more than %dw into the client's hospital "
				    "stay from %s: FK does not pay it",
				    datetime_format(r->start, a),
				    profile_dur(hc->p, R_HOURS_HOSPITAL,
				    "max").n, b);
			break;
		}
	if (hc->granted) {
		w = hc->weight[r->kind];
		per = period_at(hc, hc->day_pidx);
		per->shifts++;
		per->used += hrs * w;
		if (hc->day_where == INSIDE) {
			per->inside += hrs * w;
			per->inside_year[hc->day_slot] += hrs * w;
		}
	}
	if (c->regime == REGIME_SE_PA)
		h->staff[staff].se_pa = true;
	if (c->regime == REGIME_DK_HH) {
		h->staff[staff].dk_hh = true;
		if (r->kind != KIND_INTRODUCTION)
			h->staff[staff].dk_hours += hrs;
		if (h->dk_first == DATE_NONE || day < h->dk_first)
			h->dk_first = day;
		if (h->dk_last == DATE_NONE || day > h->dk_last)
			h->dk_last = day;
	}
	if (h->o.fk_month != DATE_NONE && c->funder == FUNDER_FK &&
	    date_month_start(day) == h->o.fk_month &&
	    r->kind != KIND_INTRODUCTION) {
		if (h->nfk == h->capfk) {
			h->capfk = h->capfk ? 2 * h->capfk : 256;
			h->fk = xreallocarray(h->fk, h->capfk, sizeof(*h->fk));
		}
		h->fk[h->nfk].kase = (uint32_t)c->index;
		h->fk[h->nfk].staff = staff;
		h->fk[h->nfk].start = r->start;
		h->fk[h->nfk].end = r->end;
		h->fk[h->nfk].minutes = (int32_t)(end - start);
		h->fk[h->nfk].kind = (uint8_t)r->kind;
		h->nfk++;
	}
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 4096;
		h->v = xreallocarray(h->v, h->cap, sizeof(*h->v));
	}
	/* shifts of one case in one run: grouping by case costs nothing */
	if (h->run != c->index + 1) {
		if (hc->count > 0)
			h->scattered = true;
		hc->first = (uint32_t)h->n;
		h->run = (uint32_t)c->index + 1;
	}
	hc->count++;
	s = &h->v[h->n];
	s->start = (int32_t)start;
	s->end = (int32_t)end;
	s->staff = staff;
	s->kase = (uint32_t)c->index;
	s->line = (uint32_t)line;
	s->file = file;
	s->kind = (uint8_t)r->kind;
	s->pad = 0;
	if (h->staff[staff].first == UINT32_MAX)
		h->staff[staff].first = (uint32_t)h->n;
	h->n++;
}

/* The state of one shift log being pushed through, a row at a time. */
struct logread {
	struct hours		*h;
	struct diag		*d;
	struct shift_header	 sh;
	struct shift_parse	 p;
	uint16_t		 file;
	struct hcase		*hc;		/* NULL: unknown, left out */
	struct unknown_case	*fresh;		/* its first shift: report */
	/* each column's handler */
	void			(*fn[CSVIN_MAX_FIELDS])(struct logread *,
				    const char *, size_t);
	uint32_t		 staff;
	bool			 staff_bad;
};

static void
row_reset(struct logread *lr)
{
	shift_begin(&lr->p);
	lr->hc = NULL;
	lr->fresh = NULL;
	lr->staff_bad = false;
}

/* The rare ways of a field, out of the hot path. */
static void __attribute__((noinline, cold))
field_full(struct logread *lr, enum shift_col role, const char *s, size_t len)
{
	shift_field(&lr->p, &lr->sh, (size_t)lr->sh.col[role], s, len);
}

static void __attribute__((noinline, cold))
case_miss(struct logread *lr, const char *s, size_t len)
{
	lr->hc = case_of(lr->h, s, len, lr->file, &lr->fresh);
}

/*
 * One small handler per column, each reading the common shapes of its
 * field in line and leaving the rest to field_full().  Fields are parsed
 * in place; the ids are resolved while their text is there.
 */

static void
col_case(struct logread *lr, const char *s, size_t len)
{
	struct hours *h = lr->h;

	/* rows come in runs of one case */
	if (h->last_hc != NULL && len == h->last_case_len &&
	    actlog_same_id(s, h->last_case, len))
		lr->hc = h->last_hc;
	else
		case_miss(lr, s, len);
}

static void
col_staff(struct logread *lr, const char *s, size_t len)
{
	struct hours *h = lr->h;
	struct idcache_slot *e;
	bool hit;

	if ((e = idcache_slot(&h->scache, s, len, &hit)) == NULL)
		lr->staff = staff_index(h, s, len);
	else {
		if (!hit)
			e->ix = staff_index(h, s, len);
		lr->staff = e->ix;
	}
	lr->staff_bad = h->staff[lr->staff].bad_id;
}

static void
col_date(struct logread *lr, const char *s, size_t len)
{
	/* rows come in runs of one day */
	if (len == 10 && lr->p.day_cache != 0 &&
	    memcmp(s, lr->p.day_text, 10) == 0)
		lr->p.day = lr->p.day_cache;
	else
		field_full(lr, SC_DATE, s, len);
}

/* HH:MM after a date column, in line. */
static bool
clock_in_line(const struct logread *lr, const char *s, size_t len, int *t)
{
	if (len != 5 || lr->sh.col[SC_DATE] < 0 || s[2] != ':' ||
	    (unsigned)(s[0] - '0') >= 3 || (unsigned)(s[1] - '0') >= 10 ||
	    (unsigned)(s[3] - '0') >= 6 || (unsigned)(s[4] - '0') >= 10 ||
	    (s[0] == '2' && s[1] >= '4'))
		return false;
	*t = ((s[0] - '0') * 10 + s[1] - '0') * 60 + (s[3] - '0') * 10 +
	    s[4] - '0';
	return true;
}

static void
col_start(struct logread *lr, const char *s, size_t len)
{
	int t;

	if (clock_in_line(lr, s, len, &t))
		lr->p.start = t;
	else
		field_full(lr, SC_START, s, len);
}

static void
col_end(struct logread *lr, const char *s, size_t len)
{
	int t;

	if (clock_in_line(lr, s, len, &t))
		lr->p.end = t;
	else
		field_full(lr, SC_END, s, len);
}

static void
col_kind(struct logread *lr, const char *s, size_t len)
{
	if (len == 6 && memcmp(s, "active", 6) == 0)
		lr->p.kind = KIND_ACTIVE;
	else if (len == 7 && memcmp(s, "on-call", 7) == 0)
		lr->p.kind = KIND_ON_CALL;
	else
		field_full(lr, SC_KIND, s, len);
}

static void
col_hours(struct logread *lr, const char *s, size_t len)
{
	unsigned tens, ones, d1, d2, ok;

	/* D.DD and DD.DD in line, without branches: the two lengths come
	 * in any order */
	if (len - 4 > 1) {
		field_full(lr, SC_HOURS, s, len);
		return;
	}
	tens = len == 5 ? (unsigned)(s[0] - '0') : 0;
	ones = (unsigned)(s[len - 4] - '0');
	d1 = (unsigned)(s[len - 2] - '0');
	d2 = (unsigned)(s[len - 1] - '0');
	ok = (tens < 10) & (ones < 10) & (d1 < 10) & (d2 < 10) &
	    (s[len - 3] == '.');
	if (ok)
		lr->p.stated = tens * 10 + ones + (d1 * 10 + d2) / 100.0;
	else
		field_full(lr, SC_HOURS, s, len);
}

static void
col_none(struct logread *lr, const char *s, size_t len)
{
	(void)lr;
	(void)s;
	(void)len;
}

static void (*const col_handler[SC_COUNT])(struct logread *, const char *,
    size_t) = {
	[SC_CASE] = col_case, [SC_STAFF] = col_staff, [SC_DATE] = col_date,
	[SC_START] = col_start, [SC_END] = col_end, [SC_KIND] = col_kind,
	[SC_HOURS] = col_hours,
};

static void
log_field(void *arg, size_t col, const char *s, size_t len, long line)
{
	struct logread *lr = arg;

	(void)line;
	if (col < lr->sh.ncols)
		lr->fn[col](lr, s, len);
}

/* A field of a plain block, straight from libcsv: the column is counted
 * here, and a message waits for the row's line. */
static void
log_fast(void *s, size_t len, void *reader)
{
	struct csvin_fast *rf = reader;
	struct logread *lr = rf->arg;
	size_t col = rf->nf++;

	if (col < lr->sh.ncols)
		lr->fn[col](lr, s, len);
}

static void
log_row(void *arg, size_t n, long line)
{
	struct logread *lr = arg;
	struct hours *h = lr->h;
	struct shift_row row;

	(void)n;
	h->count.read++;
	if (lr->hc == NULL) {
		h->count.rejected++;
		if (lr->fresh != NULL)
			unknown_first(lr->d, lr->fresh, line, "shifts");
	} else if (lr->staff_bad) {
		diag_error(lr->d, h->files[lr->file], line, "staff: not a "
		    "usable staff id (empty, too long, control characters, or "
		    "shaped like a personal identity number)");
		h->count.rejected++;
	} else if (shift_end(&lr->p, &lr->sh, &row) != 0) {
		diag_error(lr->d, h->files[lr->file], line, "%s", lr->p.err);
		h->count.rejected++;
	} else
		take_shift(h, lr->hc, &row, lr->staff, lr->file, line, lr->d);
	row_reset(lr);
}

static void
log_drop(void *arg)
{
	row_reset(arg);
}

/* The shift log's header: its columns, and a handler for each. */
static int
log_header(void *arg, const struct csvrow *cr, struct diag *d)
{
	struct logread *lr = arg;
	size_t i;

	if (shift_header(cr, lr->h->files[lr->file], &lr->sh, d) != 0)
		return -1;
	for (i = 0; i < lr->sh.ncols; i++)
		lr->fn[i] = lr->sh.role[i] >= 0 ? col_handler[lr->sh.role[i]] :
		    col_none;
	return (int)lr->sh.ncols;
}

/* Reads a shift log to its end: bad rows are reported and skipped. */
int
hours_log(struct hours *h, struct input *in, struct diag *d)
{
	static struct logread lr;	/* 8 kB of handlers: not on the stack */
	struct csv_sink sink = { log_field, log_row, log_drop, log_fast, &lr };

	memset(&lr, 0, sizeof(lr));
	lr.h = h;
	lr.d = d;
	lr.file = file_index(h, in->name);
	row_reset(&lr);
	return actlog_read(in, "shift", "shifts", log_header, &sink,
	    &h->count.read, &h->count.rejected, d);
}

/* Reads a staff roster; a staff member listed twice with different
 * qualifications is a conflict. */
int
hours_roster(struct hours *h, struct input *in, struct diag *d)
{
	struct csvin *r = csvin_open(in);
	struct roster_row row;
	struct csvrow cr;
	struct staff *s;
	uint32_t ix;
	const char *name;
	unsigned long errors = d->errors;
	int map[3];

	name = arena_strdup(&h->a, in->name);
	h->roster = true;
	h->roster_pos.file = name;
	h->roster_pos.line = 1;
	if (csvin_next(r, &cr, d) != 1 ||
	    roster_header(&cr, name, map, d) != 0) {
		csvin_close(r);
		return -1;
	}
	csvin_expect(r, cr.n);
	while (csvin_next(r, &cr, d) == 1) {
		if (roster_row(map, &cr, name, &row, d) != 0)
			continue;
		ix = staff_index(h, row.staff, strlen(row.staff));
		s = &h->staff[ix];
		s->bad_id = false;	/* roster_row checked it */
		if (s->qualified >= 0 && s->qualified != row.qualified) {
			diag_error(d, name, cr.line, "staff %s is listed with "
			    "another qualification at %s:%ld", s->id,
			    s->roster_pos.file, s->roster_pos.line);
			continue;
		}
		if (s->qualified < 0) {
			s->qualified = row.qualified;
			s->roster_pos.file = name;
			s->roster_pos.line = cr.line;
		}
	}
	csvin_close(r);
	return d->errors > errors ? -1 : 0;
}

/*
 * The end of the stream: rules that need every shift.
 */

static const struct hours *sorting;	/* for before(): the staff ids */

/* Whether shift i comes before shift j: by start and end, then by what
 * they are (case, staff id, kind), so that the order of the input does not
 * change which of two equal shifts a finding is about. */
static bool
before(const struct stored *v, uint32_t i, uint32_t j)
{
	int c;

	if (v[i].start != v[j].start)
		return v[i].start < v[j].start;
	if (v[i].end != v[j].end)
		return v[i].end < v[j].end;
	if (v[i].kase != v[j].kase)
		return v[i].kase < v[j].kase;
	if (v[i].staff != v[j].staff && (c = strcmp(
	    sorting->staff[v[i].staff].id, sorting->staff[v[j].staff].id)) != 0)
		return c < 0;
	if (v[i].kind != v[j].kind)
		return v[i].kind < v[j].kind;
	return i < j;
}

/* Sorts shift indices by time.  Input in order costs one pass; a little
 * disorder (teams listed one after the other within a day) is put right
 * by insertion, within a budget; beyond it a natural merge sort, cheap on
 * a few long runs (a staff member working for a few cases of a
 * case-ordered export). */
static void
sort_by_time(const struct stored *v, uint32_t *a, uint32_t *tmp, size_t n)
{
	uint32_t *src = a, *dst = tmp, *t, x;
	size_t i, j, k, p, q, o, runs, moves = 0;

	for (i = 1; i < n && !before(v, a[i], a[i - 1]); i++)
		;
	if (i >= n)
		return;
	memcpy(tmp, a, n * sizeof(*a));
	for (; i < n && moves <= 8 * n; i++) {
		x = a[i];
		for (j = i; j > 0 && before(v, x, a[j - 1]); j--)
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
			for (j = i + 1; j < n && !before(v, src[j],
			    src[j - 1]); j++)
				;
			for (k = j < n ? j + 1 : j; k < n && !before(v, src[k],
			    src[k - 1]); k++)
				;
			for (p = i, q = j, o = i; p < j || q < k;)
				dst[o++] = q >= k || (p < j &&
				    !before(v, src[q], src[p])) ? src[p++] :
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

/* Groups shift indices by a key (staff or case): off[g]..off[g + 1]. */
static void
group_by(const struct hours *h, bool by_staff, size_t ngroups, uint32_t *idx,
    uint32_t *off)
{
	uint32_t *pos = xcalloc(ngroups + 1, sizeof(*pos));
	size_t i, g;

	memset(off, 0, (ngroups + 1) * sizeof(*off));
	for (i = 0; i < h->n; i++)
		off[(by_staff ? h->v[i].staff : h->v[i].kase) + 1]++;
	for (g = 0; g < ngroups; g++)
		off[g + 1] += off[g];
	memcpy(pos, off, ngroups * sizeof(*pos));
	for (i = 0; i < h->n; i++)
		idx[pos[by_staff ? h->v[i].staff : h->v[i].kase]++] =
		    (uint32_t)i;
	free(pos);
}

static const struct hcase *
case_of_shift(const struct hours *h, const struct stored *s)
{
	return &h->cases[s->kase];
}

static struct finding *
shift_find(struct hours *h, const struct stored *s, enum severity sev,
    enum rule_id rule, const char *msg)
{
	const struct hcase *hc = case_of_shift(h, s);

	return hfind(h, hc->c->index, h->files[s->file], s->line, hc->c->id,
	    sev, rule, datetime_date((cminute)s->start + tz_offset(hc->zone,
	    s->start)), "%s", msg);
}

/* hours.overlap: the same person in two shifts at once, any cases. */
static void
overlaps(struct hours *h, const uint32_t *l, size_t n)
{
	const struct stored *s, *m;
	char a[DATETIME_BUFSZ], b[8], c[DATETIME_BUFSZ], e[8], msg[512];
	size_t i, maxi = 0;

	for (i = 1; i < n; i++) {
		s = &h->v[l[i]];
		m = &h->v[l[maxi]];
		if (s->start < m->end && on(case_of_shift(h, s),
		    R_HOURS_OVERLAP)) {
			snprintf(msg, sizeof(msg), "%s works %s-%s for %s and "
			    "%s-%s for %s (%s:%u) at the same time",
			    pseudo(PSEUDO_STAFF, h->staff[s->staff].id),
			    local_text(case_of_shift(h, s)->zone, s->start, a),
			    clock_text(case_of_shift(h, s)->zone, s->end, b),
			    pseudo(PSEUDO_CASE, case_of_shift(h, s)->c->id),
			    local_text(case_of_shift(h, m)->zone, m->start, c),
			    clock_text(case_of_shift(h, m)->zone, m->end, e),
			    pseudo(PSEUDO_CASE, case_of_shift(h, m)->c->id),
			    h->files[m->file],
			    m->line);
			shift_find(h, s, SEV_ERROR, R_HOURS_OVERLAP, msg);
		}
		if (s->end > m->end)
			maxi = i;
	}
}

struct interval {
	int32_t		start, end;
	uint32_t	shift;		/* the first shift of the stretch */
};

/* The longest stretch without work inside [from, from + len) among the
 * merged work intervals w[i..], or the first at least need long. */
static int32_t
longest_rest(const struct interval *w, size_t n, size_t i, int32_t len,
    int32_t need)
{
	int32_t from = w[i].start, to = from + len, prev, best = 0;

	prev = w[i].end < to ? w[i].end : to;
	for (i++; i < n && w[i].start < to && best < need; i++) {
		if (w[i].start - prev > best)
			best = w[i].start - prev;
		prev = w[i].end < to ? w[i].end : to;
	}
	if (best >= need)
		return best;
	if (to - prev > best)
		best = to - prev;
	return best;
}

/* A block of weeks with more than the average allows. */
static void
weekly_excess(struct hours *h, const struct staff *st, cdate block, int weeks,
    double worked, double limit, uint32_t first)
{
	const struct stored *s = &h->v[first];
	char b[DATE_BUFSZ], c[DATE_BUFSZ];

	if (worked <= limit * weeks + 1e-6)
		return;
	hfind(h, case_of_shift(h, s)->c->index, h->files[s->file], s->line,
	    case_of_shift(h, s)->c->id, SEV_ERROR, R_WORKTIME_WEEKLY_AVERAGE,
	    block, "%s works %.2f h in the %d weeks %s to %s: %.2f h a week "
	    "on average (at most %.0f)", pseudo(PSEUDO_STAFF, st->id), worked,
	    weeks,
	    date_format(block, b), date_format(block + 7 * weeks - 1, c),
	    worked / weeks, limit);
}

/* worktime.daily-rest and worktime.weekly-rest: from each start of work,
 * the window must hold the rest in one stretch.  worktime.weekly-average:
 * hours worked in blocks of weeks counted from Monday 1 January 1900. */
static void
worktime(struct hours *h, const uint32_t *l, size_t n, struct interval *w,
    uint32_t *nxt)
{
	static const enum rule_id rest_rules[] = { R_WORKTIME_DAILY_REST,
	    R_WORKTIME_WEEKLY_REST };
	const struct profile *p = profiles_for(h->ps, REGIME_SE_PA);
	const struct staff *st = &h->staff[h->v[l[0]].staff];
	char a[DATETIME_BUFSZ], msg[512];
	const struct stored *s;
	int32_t len, need, got, from, cut, bend;
	double limit, worked;
	size_t i, nw = 0, r;
	uint32_t first;
	cdate monday, block, day, b0 = DATE_NONE;
	int weeks;

	for (i = 0; i < n; i++) {
		s = &h->v[l[i]];
		if (s->kind == KIND_STANDBY)
			continue;	/* beredskap is not working time */
		if (nw > 0 && s->start <= w[nw - 1].end) {
			if (s->end > w[nw - 1].end)
				w[nw - 1].end = s->end;
			continue;
		}
		w[nw].start = s->start;
		w[nw].end = s->end;
		w[nw].shift = l[i];
		nw++;
	}
	for (r = 0; r < 2; r++) {
		if (!profile_on(p, rest_rules[r]))
			continue;
		len = (int32_t)dur_minutes(profile_dur(p, rest_rules[r],
		    "window"));
		need = (int32_t)dur_minutes(profile_dur(p, rest_rules[r],
		    "rest"));
		/* nxt[i]: the first stretch from i on followed by a rest of at
		 * least need (nw: none); a window passes at once when that
		 * rest fits in it, and is read in full only when it does not */
		nxt[nw] = (uint32_t)nw;
		for (i = nw; i-- > 0;)
			nxt[i] = i + 1 == nw || w[i + 1].start - w[i].end >=
			    need ? (uint32_t)i : nxt[i + 1];
		for (i = 0; i < nw; i++) {
			if (nxt[i] < nw && w[nxt[i]].end + need <= w[i].start +
			    len)
				continue;
			if ((got = longest_rest(w, nw, i, len, need)) >= need)
				continue;
			s = &h->v[w[i].shift];
			snprintf(msg, sizeof(msg), "%s has at most %d h %02d "
			    "min of rest in one stretch in the %s from %s (at "
			    "least %d h %02d min)", pseudo(PSEUDO_STAFF, st->id),
			    got / 60, got % 60,
			    r == 0 ? "24 hours" : "7 days", local_text(
			    case_of_shift(h, s)->zone, s->start, a), need / 60,
			    need % 60);
			shift_find(h, s, SEV_ERROR, rest_rules[r], msg);
		}
	}
	if (!profile_on(p, R_WORKTIME_WEEKLY_AVERAGE) || nw == 0)
		return;
	weeks = (int)profile_num(p, R_WORKTIME_WEEKLY_AVERAGE, "weeks");
	limit = profile_num(p, R_WORKTIME_WEEKLY_AVERAGE, "hours");
	if (weeks < 1)
		weeks = 1;
	monday = date_from_ymd(1900, 1, 1);
	block = DATE_NONE;
	worked = 0;
	first = 0;
	bend = INT32_MIN;
	for (i = 0; i <= nw; i++) {
		for (from = i < nw ? w[i].start : 0; i < nw &&
		    from < w[i].end; from = cut) {
			if (from >= bend || block == DATE_NONE) {
				day = datetime_date((cminute)from +
				    tz_offset(ZONE_STOCKHOLM, from));
				b0 = monday + floordiv(day - monday, 7L *
				    weeks) * 7 * weeks;
				bend = (int32_t)tz_to_utc(ZONE_STOCKHOLM,
				    datetime_make(b0 + 7 * weeks, 0));
			}
			cut = bend < w[i].end ? bend : w[i].end;
			if (b0 != block) {
				if (block != DATE_NONE)
					weekly_excess(h, st, block, weeks,
					    worked, limit, first);
				block = b0;
				worked = 0;
				first = w[i].shift;
			}
			worked += (double)(cut - from) / 60;
		}
	}
	if (block != DATE_NONE)
		weekly_excess(h, st, block, weeks, worked, limit, first);
}

/* The first decision in force on the day that grants double staffing. */
static bool
double_granted(const struct care_case *c, cdate day)
{
	size_t i;

	for (i = 0; i < c->ndecisions; i++)
		if (c->decisions[i].double_staffing &&
		    in_force(&c->decisions[i], day))
			return true;
	return false;
}

static int
by_date_event(const void *a, const void *b)
{
	const struct event *x = *(const struct event *const *)a;
	const struct event *y = *(const struct event *const *)b;

	return x->date < y->date ? -1 : x->date > y->date;
}

/* hours.double-staffing and staff.introduced, over one case's shifts in
 * time order.  mark[staff] is case + 1 once the staff knows the client,
 * from the UTC minute known[staff] on: the end of their first shift, or
 * the day of their introduction, or always for the baseline. */
static void
case_rules(struct hours *h, const uint32_t *l, size_t n, uint32_t *mark,
    int32_t *known)
{
	const struct stored *s, *o;
	const struct hcase *hc = case_of_shift(h, &h->v[l[0]]);
	const struct care_case *c = hc->c;
	const struct event **intro;
	char a[DATETIME_BUFSZ], b[8], e[DATETIME_BUFSZ], msg[512];
	bool dbl = c->regime == REGIME_SE_PA && on(hc, R_HOURS_DOUBLE_STAFFING);
	bool intr = on(hc, R_STAFF_INTRODUCED);
	uint32_t me = (uint32_t)c->index + 1;
	size_t i, j, ni = 0, next = 0;
	bool alongside, overlap;
	int32_t maxend = INT32_MIN;
	cdate day = DATE_NONE, known_until = DATE_NONE;

	intro = xcalloc(c->nevents + 1, sizeof(*intro));
	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_INTRODUCTION)
			intro[ni++] = &c->events[i];
	qsort(intro, ni, sizeof(*intro), by_date_event);
	/* a timesheet starts in the middle of a case's life: whoever works in
	 * its first days is taken to know the client, unless the case began
	 * then */
	if (intr) {
		day = datetime_date((cminute)h->v[l[0]].start +
		    tz_offset(hc->zone, h->v[l[0]].start));
		if (c->start == DATE_NONE || c->start < day)
			known_until = cal_add(regime_country(c->regime), day,
			    profile_dur(hc->p, R_STAFF_INTRODUCED, "baseline"));
	}
	for (i = 0; i < n; i++, maxend = s->end > maxend ? s->end : maxend) {
		s = &h->v[l[i]];
		/* no earlier shift reaches into this one when the latest end
		 * so far is before its start */
		overlap = maxend > s->start;
		if (next < ni || known_until != DATE_NONE || (overlap && dbl))
			day = datetime_date((cminute)s->start +
			    tz_offset(hc->zone, s->start));
		if (known_until != DATE_NONE && day < known_until &&
		    mark[s->staff] != me) {
			mark[s->staff] = me;
			known[s->staff] = INT32_MIN;
		}
		for (; next < ni && intro[next]->date <= day; next++) {
			uint32_t k = staff_index(h, intro[next]->staff,
			    strlen(intro[next]->staff));

			if (mark[k] != me) {
				mark[k] = me;
				known[k] = (int32_t)tz_to_utc(hc->zone,
				    datetime_make(intro[next]->date, 0));
			}
		}
		if (dbl && overlap && s->kind != KIND_INTRODUCTION &&
		    s->kind != KIND_STANDBY) {
			/* no shift is longer than SHIFT_MAX_MINUTES */
			for (j = i; j-- > 0 && h->v[l[j]].start > s->start -
			    SHIFT_MAX_MINUTES;) {
				o = &h->v[l[j]];
				if (o->end <= s->start || o->staff == s->staff ||
				    o->kind == KIND_INTRODUCTION ||
				    o->kind == KIND_STANDBY)
					continue;
				if (double_granted(c, day))
					break;
				snprintf(msg, sizeof(msg), "%s works %s-%s at "
				    "the same time as %s (%s:%u, from %s) "
				    "without a double-staffing grant",
				    pseudo(PSEUDO_STAFF, h->staff[s->staff].id),
				    local_text(hc->zone, s->start, a),
				    clock_text(hc->zone, s->end, b),
				    pseudo(PSEUDO_STAFF, h->staff[o->staff].id),
				    h->files[o->file],
				    o->line, local_text(hc->zone, o->start, e));
				shift_find(h, s, SEV_WARNING,
				    R_HOURS_DOUBLE_STAFFING, msg);
				break;
			}
		}
		if (mark[s->staff] == me)
			continue;
		if (intr && s->kind != KIND_INTRODUCTION) {
			alongside = false;
			for (j = i; overlap && j-- > 0 && !alongside &&
			    h->v[l[j]].start > s->start - SHIFT_MAX_MINUTES;) {
				o = &h->v[l[j]];
				alongside = o->end > s->start &&
				    mark[o->staff] == me &&
				    known[o->staff] <= s->start;
			}
			for (j = i + 1; j < n && !alongside &&
			    h->v[l[j]].start < s->end; j++)
				alongside = mark[h->v[l[j]].staff] == me &&
				    known[h->v[l[j]].staff] <= s->start;
			if (!alongside) {
				snprintf(msg, sizeof(msg), "%s's first shift "
				    "with the client, %s, had no introduction "
				    "and no one who knows the client alongside",
				    pseudo(PSEUDO_STAFF, h->staff[s->staff].id),
				    local_text(hc->zone, s->start, a));
				shift_find(h, s, SEV_WARNING,
				    R_STAFF_INTRODUCED, msg);
			}
		}
		mark[s->staff] = me;
		known[s->staff] = s->end;
	}
	free(intro);
}

/* billing.fk: the amount of the billable hours at each year's rate, NAN
 * when a year has none (reported once per year). */
static double
amount(struct hours *h, struct hcase *hc, const struct period *per, int k,
    double billable)
{
	const struct care_case *c = hc->c;
	double rate, sum = 0;
	int y0 = date_year(period_start(hc, k)), i;
	bool missing = false;

	if (per->inside <= 0)
		return 0;
	for (i = 0; i < 2; i++) {
		if (per->inside_year[i] <= 0)
			continue;
		if (profile_rate(hc->p, R_BILLING_FK, "rates", y0 + i, &rate)) {
			sum += per->inside_year[i] * rate;
			continue;
		}
		missing = true;
		if (y0 + i >= 1900 && y0 + i < 2200 &&
		    !h->rate_missing[y0 + i - 1900]) {
			h->rate_missing[y0 + i - 1900] = true;
			hfind(h, c->index, c->pos.file, c->pos.line, c->id,
			    SEV_WARNING, R_BILLING_FK, date_from_ymd(y0 + i, 1,
			    1), "no FK hourly rate for %d in the profile "
			    "(billing.fk rates): amounts for %d are left out",
			    y0 + i, y0 + i);
		}
	}
	return missing ? NAN : sum * billable / per->inside;
}

static void
add_sum(struct hours *h, const struct sumrow *row)
{
	if (h->nsum == h->capsum) {
		h->capsum = h->capsum ? 2 * h->capsum : 256;
		h->sum = xreallocarray(h->sum, h->capsum, sizeof(*h->sum));
	}
	h->sum[h->nsum++] = *row;
}

/* hours.granted, hours.temporary and billing.fk for each period in which
 * the case has shifts (a shift counts in the period of its start). */
static void
periods(struct hours *h, struct hcase *hc)
{
	const struct care_case *c = hc->c;
	char a[DATE_BUFSZ], b[DATE_BUFSZ];
	const struct period *per;
	struct sumrow row;
	double reg, tmp, total;
	int k;

	for (k = hc->lo; k < hc->lo + hc->n; k++) {
		per = &hc->per[k - hc->lo];
		if (per->shifts == 0)
			continue;
		row.kase = (uint32_t)c->index;
		row.start = period_start(hc, k);
		row.end = period_end(hc, k);
		granted(hc, row.start, row.end, &reg, &tmp);
		if (!on(hc, R_HOURS_TEMPORARY))
			tmp = 0;
		total = reg + tmp;
		row.granted = total;
		row.used = per->used;
		row.billable = per->inside < total ? per->inside : total;
		row.amount = NAN;
		if (c->funder == FUNDER_FK && on(hc, R_BILLING_FK))
			row.amount = amount(h, hc, per, k, row.billable);
		add_sum(h, &row);
		date_format(row.start, a);
		date_format(row.end, b);
		if (per->used > total + 0.005)
			hfind(h, c->index, c->pos.file, c->pos.line, c->id,
			    SEV_ERROR, R_HOURS_GRANTED, row.start, "used %.2f h "
			    "of %.2f h granted in %s..%s: %.2f h over",
			    per->used, total, a, b, per->used - total);
		else if (tmp > 0 && per->used > reg + 0.005)
			hfind(h, c->index, c->pos.file, c->pos.line, c->id,
			    SEV_INFO, R_HOURS_TEMPORARY, row.start, "used %.2f "
			    "h in %s..%s: %.2f h above the regular grant, "
			    "within the temporary increase of %.2f h",
			    per->used, a, b, per->used - reg, tmp);
		else if (row.end < h->o.today && per->used < total - 0.005)
			hfind(h, c->index, c->pos.file, c->pos.line, c->id,
			    SEV_INFO, R_HOURS_GRANTED, row.start, "used %.2f h "
			    "of %.2f h granted in %s..%s (%.0f%%)", per->used,
			    total, a, b, total > 0 ? 100 * per->used / total :
			    0);
	}
}

/* The unit-wide rules of Danish home help: unskilled staff against the
 * roster, the average grant per recipient; and per case, the
 * private-helper option. */
static void
home_help(struct hours *h)
{
	const struct profile *p = profiles_for(h->ps, REGIME_DK_HH);
	const struct staff *s;
	char msg[256];
	double hours = 0, unq = 0, sum = 0, reg, tmp, most, lo, hi, wk;
	size_t i, j, staff = 0, unqs = 0, ncases = 0;

	for (i = 0; i < h->set->ncases; i++) {
		struct hcase *hc = &h->cases[i];

		if (hc->c->regime != REGIME_DK_HH)
			continue;
		if (on(hc, R_HOURS_PRIVATE_HELPER)) {
			most = 0;
			for (j = 0; j < hc->c->ndecisions; j++)
				if (weekly_hours(&hc->c->decisions[j]) > most)
					most = weekly_hours(
					    &hc->c->decisions[j]);
			if (most > profile_num(p, R_HOURS_PRIVATE_HELPER,
			    "above"))
				hfind(h, i, hc->c->pos.file, hc->c->pos.line,
				    hc->c->id, SEV_INFO, R_HOURS_PRIVATE_HELPER,
				    DATE_NONE, "%.2f h a week granted: the "
				    "client may choose a cash subsidy and hire "
				    "their own helpers", most);
		}
		if (hc->shifts > 0 && h->dk_first != DATE_NONE) {
			granted(hc, h->dk_first, h->dk_last, &reg, &tmp);
			sum += (reg + tmp) * 7 / (h->dk_last - h->dk_first + 1);
			ncases++;
		}
	}
	if (profile_on(p, R_HOURS_AVERAGE_VISITED) && ncases > 0) {
		lo = profile_num(p, R_HOURS_AVERAGE_VISITED, "low");
		hi = profile_num(p, R_HOURS_AVERAGE_VISITED, "high");
		wk = sum / (double)ncases;
		if (wk < lo || wk > hi)
			hfind(h, NO_GROUP, h->files[0], 1, PROVIDER, SEV_INFO,
			    R_HOURS_AVERAGE_VISITED, h->dk_first, "on average "
			    "%.2f h a week granted per recipient over %zu "
			    "recipients (target %.1f-%.1f h)", wk, ncases, lo,
			    hi);
	}
	if (!h->roster || !profile_on(p, R_STAFF_UNSKILLED))
		return;
	for (i = 0; i < h->nstaff; i++) {
		s = &h->staff[i];
		if (!s->dk_hh)
			continue;
		if (s->qualified < 0) {
			snprintf(msg, sizeof(msg), "%s is not in the staff "
			    "roster: qualification unknown", pseudo(
			    PSEUDO_STAFF, s->id));
			shift_find(h, &h->v[s->first], SEV_WARNING,
			    R_STAFF_UNSKILLED, msg);
			continue;
		}
		staff++;
		hours += s->dk_hours;
		if (!s->qualified) {
			unqs++;
			unq += s->dk_hours;
		}
	}
	if (hours > 0 && 100 * unq / hours > profile_num(p, R_STAFF_UNSKILLED,
	    "max_hours"))
		hfind(h, NO_GROUP, h->roster_pos.file, h->roster_pos.line,
		    PROVIDER, SEV_WARNING, R_STAFF_UNSKILLED, DATE_NONE,
		    "unskilled staff work %.1f%% of the hours (%.2f of %.2f h; "
		    "at most %.0f%%)", 100 * unq / hours, unq, hours,
		    profile_num(p, R_STAFF_UNSKILLED, "max_hours"));
	if (staff > 0 && 100.0 * (double)unqs / (double)staff >
	    profile_num(p, R_STAFF_UNSKILLED, "max_staff"))
		hfind(h, NO_GROUP, h->roster_pos.file, h->roster_pos.line,
		    PROVIDER, SEV_WARNING, R_STAFF_UNSKILLED, DATE_NONE,
		    "%zu of %zu staff are unskilled (%.1f%%; at most %.0f%%)",
		    unqs, staff, 100.0 * (double)unqs / (double)staff,
		    profile_num(p, R_STAFF_UNSKILLED, "max_staff"));
}

/* Everything that needs the whole stream; then the findings in case order
 * and date order, unit-wide ones last. */
void
hours_end(struct hours *h, struct diag *d)
{
	const struct care_case *c;
	struct interval *w;
	uint32_t *idx, *tmp, *off, *mark, *nxt;
	int32_t *known;
	size_t i, j, g, n;

	unknown_rest(&h->unknown, d, "shift", "shifts");
	/* introduction events name staff the shifts may not */
	for (i = 0; i < h->set->ncases; i++) {
		c = h->set->cases[i];
		for (j = 0; j < c->nevents; j++)
			if (c->events[j].type == EV_INTRODUCTION)
				staff_index(h, c->events[j].staff,
				    strlen(c->events[j].staff));
	}
	idx = xcalloc(h->n + 1, sizeof(*idx));
	tmp = xcalloc(h->n + 1, sizeof(*tmp));
	w = xcalloc(h->n + 1, sizeof(*w));
	n = h->nstaff > h->set->ncases ? h->nstaff : h->set->ncases;
	off = xcalloc(n + 2, sizeof(*off));
	mark = xcalloc(h->nstaff + 1, sizeof(*mark));
	nxt = xcalloc(h->n + 1, sizeof(*nxt));
	known = xcalloc(h->nstaff + 1, sizeof(*known));
	sorting = h;
	group_by(h, true, h->nstaff, idx, off);
	for (g = 0; g < h->nstaff; g++) {
		n = off[g + 1] - off[g];
		if (n == 0)
			continue;
		sort_by_time(h->v, idx + off[g], tmp, n);
		overlaps(h, idx + off[g], n);
		if (h->staff[g].se_pa)
			worktime(h, idx + off[g], n, w, nxt);
	}
	if (h->scattered)
		group_by(h, false, h->set->ncases, idx, off);
	else {
		for (i = 0; i < h->n; i++)
			idx[i] = (uint32_t)i;
		for (g = 0; g < h->set->ncases; g++) {
			off[g] = h->cases[g].first;
			off[g + 1] = h->cases[g].first + h->cases[g].count;
		}
	}
	for (g = 0; g < h->set->ncases; g++) {
		n = h->scattered ? off[g + 1] - off[g] : h->cases[g].count;
		if (n == 0)
			continue;
		j = h->scattered ? off[g] : h->cases[g].first;
		sort_by_time(h->v, idx + j, tmp, n);
		case_rules(h, idx + j, n, mark, known);
	}
	free(idx);
	free(tmp);
	free(w);
	free(off);
	free(mark);
	free(nxt);
	free(known);
	for (g = 0; g < h->set->ncases; g++)
		if (h->cases[g].granted && h->cases[g].n > 0)
			periods(h, &h->cases[g]);
	home_help(h);
	findings_sort(h->f, 0);
}

struct hours_counts
hours_counts(const struct hours *h)
{
	return h->count;
}

static void
money(char *buf, size_t size, double v)
{
	if (isnan(v))
		buf[0] = '\0';
	else
		snprintf(buf, size, "%.2f", v);
}

/* -s: one row per case and period. */
int
hours_summary(const struct hours *h, FILE *fp, enum out_format fmt)
{
	static const char bar[] = "####################";
	const struct sumrow *r;
	char a[DATE_BUFSZ], b[DATE_BUFSZ], amt[32];
	const char *id;
	double share;
	size_t i;
	int fill;

	if (fmt == OUT_CSV)
		fputs("case,period_start,period_end,granted_hours,used_hours,"
		    "remaining_hours,billable_hours,amount\n", fp);
	else if (fmt == OUT_TEXT)
		fprintf(fp, "%-12s %-22s %9s %9s %9s %9s %12s  %s\n", "case",
		    "period", "granted", "used", "remaining", "billable",
		    "amount", "used of granted");
	for (i = 0; i < h->nsum; i++) {
		r = &h->sum[i];
		id = pseudo(PSEUDO_CASE, h->cases[r->kase].c->id);
		date_format(r->start, a);
		date_format(r->end, b);
		money(amt, sizeof(amt), r->amount);
		if (fmt == OUT_CSV) {
			csv_write_field(fp, id);
			fprintf(fp, ",%s,%s,%.2f,%.2f,%.2f,%.2f,%s\n", a, b,
			    r->granted, r->used, r->granted - r->used,
			    r->billable, amt);
		} else if (fmt == OUT_JSON) {
			fputs("{\"case\":", fp);
			json_write_string(fp, id);
			fprintf(fp, ",\"period_start\":\"%s\",\"period_end\":"
			    "\"%s\",\"granted_hours\":%.2f,\"used_hours\":%.2f,"
			    "\"remaining_hours\":%.2f,\"billable_hours\":%.2f,"
			    "\"amount\":%s}\n", a, b, r->granted, r->used,
			    r->granted - r->used, r->billable,
			    isnan(r->amount) ? "null" : amt);
		} else {
			share = r->granted > 0 ? r->used / r->granted : 0;
			fill = (int)(share > 1 ? 20 : share * 20 + 0.5);
			fprintf(fp, "%-12s %s..%s %9.2f %9.2f %9.2f %9.2f %12s  "
			    "[%.*s%*s]%s %3.0f%%\n", id, a, b, r->granted,
			    r->used, r->granted - r->used, r->billable, amt,
			    fill, bar, 20 - fill, "", share > 1 ? "+" : " ",
			    100 * share);
		}
	}
	return ferror(fp) ? -1 : 0;
}

static const struct hours *fk_sorting;	/* for by_fkline: qsort has no arg */

/* Case order, staff id, then time. */
static int
by_fkline(const void *a, const void *b)
{
	const struct fkline *x = a, *y = b;
	int c;

	if (x->kase != y->kase)
		return x->kase < y->kase ? -1 : 1;
	if (x->staff != y->staff && (c = strcmp(fk_sorting->staff[x->staff].id,
	    fk_sorting->staff[y->staff].id)) != 0)
		return c;
	return x->start < y->start ? -1 : x->start > y->start;
}

static void
fk_total(const struct hours *h, FILE *fp, enum out_format fmt,
    const char *kase, const char *staff, double hours)
{
	kase = pseudo(PSEUDO_CASE, kase);
	if (*staff != '\0')
		staff = pseudo(PSEUDO_STAFF, staff);
	if (fmt == OUT_CSV) {
		csv_write_field(fp, kase);
		putc(',', fp);
		csv_write_field(fp, staff);
		fprintf(fp, ",total,,,%.2f,\n", hours);
	} else if (fmt == OUT_JSON) {
		fputs("{\"case\":", fp);
		json_write_string(fp, kase);
		fputs(",\"staff\":", fp);
		json_write_string(fp, staff);
		fprintf(fp, ",\"date\":\"total\",\"hours\":%.2f}\n", hours);
	} else if (*staff != '\0')
		fprintf(fp, "  %-12s %-10s %13s %8.2f\n", staff, "total", "",
		    hours);
	else
		fprintf(fp, "%-12s total %32.2f h\n\n", kase, hours);
	(void)h;
}

/* --fk-month: the month's lines for the FK time report, per case and staff
 * member, with totals; hours are elapsed time. */
int
hours_fk_month(const struct hours *h, FILE *fp, enum out_format fmt)
{
	struct fkline *v = xcalloc(h->nfk + 1, sizeof(*v));
	char d[DATE_BUFSZ], month[DATE_BUFSZ];
	const char *kase, *staff;
	double staff_h = 0, case_h = 0, hrs;
	int s, e;
	size_t i;

	if (h->nfk > 0)
		memcpy(v, h->fk, h->nfk * sizeof(*v));
	fk_sorting = h;
	qsort(v, h->nfk, sizeof(*v), by_fkline);
	date_format(h->o.fk_month, month);
	month[7] = '\0';
	if (fmt == OUT_CSV)
		fputs("case,staff,date,start,end,hours,kind\n", fp);
	else if (fmt == OUT_TEXT)
		fprintf(fp, "Time report to Försäkringskassan, %s\n\n", month);
	for (i = 0; i < h->nfk; i++) {
		kase = pseudo(PSEUDO_CASE, h->cases[v[i].kase].c->id);
		staff = pseudo(PSEUDO_STAFF, h->staff[v[i].staff].id);
		if (i > 0 && (v[i].staff != v[i - 1].staff || v[i].kase !=
		    v[i - 1].kase)) {
			fk_total(h, fp, fmt, h->cases[v[i - 1].kase].c->id,
			    h->staff[v[i - 1].staff].id, staff_h);
			staff_h = 0;
		}
		if (i > 0 && v[i].kase != v[i - 1].kase) {
			fk_total(h, fp, fmt, h->cases[v[i - 1].kase].c->id, "",
			    case_h);
			case_h = 0;
		}
		if (fmt == OUT_TEXT && (i == 0 || v[i].kase != v[i - 1].kase))
			fprintf(fp, "%s\n", kase);
		hrs = (double)v[i].minutes / 60;
		staff_h += hrs;
		case_h += hrs;
		s = datetime_clock(v[i].start);
		e = datetime_clock(v[i].end);
		date_format(datetime_date(v[i].start), d);
		if (fmt == OUT_CSV) {
			csv_write_field(fp, kase);
			putc(',', fp);
			csv_write_field(fp, staff);
			fprintf(fp, ",%s,%02d:%02d,%02d:%02d,%.2f,%s\n", d,
			    s / 60, s % 60, e / 60, e % 60, hrs,
			    shift_kind_name((enum shift_kind)v[i].kind));
		} else if (fmt == OUT_JSON) {
			fputs("{\"case\":", fp);
			json_write_string(fp, kase);
			fputs(",\"staff\":", fp);
			json_write_string(fp, staff);
			fprintf(fp, ",\"date\":\"%s\",\"start\":\"%02d:%02d\","
			    "\"end\":\"%02d:%02d\",\"hours\":%.2f,\"kind\":"
			    "\"%s\"}\n", d, s / 60, s % 60, e / 60, e % 60, hrs,
			    shift_kind_name((enum shift_kind)v[i].kind));
		} else
			fprintf(fp, "  %-12s %s  %02d:%02d  %02d:%02d %8.2f  "
			    "%s\n", staff, d, s / 60, s % 60, e / 60, e % 60,
			    hrs, shift_kind_name((enum shift_kind)v[i].kind));
	}
	if (h->nfk > 0) {
		fk_total(h, fp, fmt, h->cases[v[h->nfk - 1].kase].c->id,
		    h->staff[v[h->nfk - 1].staff].id, staff_h);
		fk_total(h, fp, fmt, h->cases[v[h->nfk - 1].kase].c->id, "",
		    case_h);
	}
	free(v);
	return ferror(fp) ? -1 : 0;
}
