/* hours-check's engine: reading shift logs and rosters.  The per-column
 * handlers and the fast path are the hot loop: no allocation or
 * indirection per row beyond what is here. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvin.h"
#include "dates.h"
#include "rules/billing.h"
#include "rules/grant.h"
#include "rules/homehelp.h"
#include "rules/shift.h"
#include "tools/hours_int.h"
#include "xalloc.h"

static uint16_t
file_index(struct hours *h, const char *name)
{
	if (h->nfiles < UINT16_MAX)
		h->files[h->nfiles++] = arena_strdup(&h->a, name);
	return (uint16_t)(h->nfiles - 1);
}

/* The dense index of a staff id, made on first sight; the map keeps a
 * copy of the id, not the row it came from. */
uint32_t __attribute__((noinline))
hours_staff_index(struct hours *h, const char *id, size_t len)
{
	struct staff *s;
	void **slot, *v;
	int added;

	if (len < sizeof(h->last_staff) && len == h->last_staff_len &&
	    actlog_same_id(id, h->last_staff, len))
		return h->last_staff_ix;
	if ((v = strmap_get(&h->staff_index, id, len)) == NULL) {
		if (h->ts.nstaff == h->capstaff) {
			h->capstaff = h->capstaff ? 2 * h->capstaff : 256;
			h->ts.staff = xreallocarray(h->ts.staff, h->capstaff,
			    sizeof(*h->ts.staff));
		}
		s = &h->ts.staff[h->ts.nstaff];
		memset(s, 0, sizeof(*s));
		s->id = arena_strndup(&h->a, id, len);
		s->qualified = -1;
		s->first = UINT32_MAX;
		s->bad_id = !shift_id_ok(id, len);
		slot = strmap_put(&h->staff_index, s->id, len, &added);
		v = *slot = (void *)(uintptr_t)(++h->ts.nstaff);
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
			h->last_hc = &h->ts.cases[c->index];
		}
		return &h->ts.cases[c->index];
	}
	*fresh = unknown_note(&h->unknown, h->set, id, len, h->files[file]);
	return NULL;
}

/* The fk-month table's line for a shift of an FK case in the month. */
static void
take_fk(struct hours *h, const struct hcase *hc, const struct shift_row *r,
    uint32_t staff, int32_t minutes)
{
	struct fkline *x;

	if (h->nfk == h->capfk) {
		h->capfk = h->capfk ? 2 * h->capfk : 256;
		h->fk = xreallocarray(h->fk, h->capfk, sizeof(*h->fk));
	}
	x = &h->fk[h->nfk++];
	x->kase = (uint32_t)hc->c->index;
	x->staff = staff;
	x->staff_id = h->ts.staff[staff].id;
	x->start = r->start;
	x->end = r->end;
	x->minutes = minutes;
	x->kind = (uint8_t)r->kind;
}

/* Keeps a shift for the end of the stream. */
static void
store(struct hours *h, struct hcase *hc, const struct shift_row *r,
    uint32_t staff, uint16_t file, long line, int64_t start, int64_t end)
{
	struct timesheet *ts = &h->ts;
	struct stored *s;

	if (ts->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 4096;
		ts->v = xreallocarray(ts->v, h->cap, sizeof(*ts->v));
	}
	/* shifts of one case in one run: grouping by case costs nothing */
	if (h->run != hc->c->index + 1) {
		if (hc->count > 0)
			h->scattered = true;
		hc->first = (uint32_t)ts->n;
		h->run = (uint32_t)hc->c->index + 1;
	}
	hc->count++;
	s = &ts->v[ts->n];
	s->start = (int32_t)start;
	s->end = (int32_t)end;
	s->staff = staff;
	s->kase = (uint32_t)hc->c->index;
	s->line = (uint32_t)line;
	s->file = file;
	s->kind = (uint8_t)r->kind;
	s->pad = 0;
	if (ts->staff[staff].first == UINT32_MAX)
		ts->staff[staff].first = (uint32_t)ts->n;
	ts->n++;
}

/* Checks one shift as it streams by and keeps what the end needs. */
static void
take_shift(struct hours *h, struct hcase *hc, const struct shift_row *r,
    uint32_t staff, uint16_t file, long line, struct diag *d)
{
	const struct care_case *c = hc->c;
	struct srcpos pos = { h->files[file], line };
	int64_t start, end;
	double hrs;
	cdate day;

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
	shift_dst(h->ts.f, &pos, hc, r, start, end);
	grant_shift(h->ts.f, &pos, hc, r, day, hrs);
	if (c->regime == REGIME_SE_PA)
		h->ts.staff[staff].se_pa = true;
	if (c->regime == REGIME_DK_HH)
		homehelp_shift(&h->ts, staff, r->kind, day, hrs);
	if (h->o.fk_month != DATE_NONE && c->funder == FUNDER_FK &&
	    date_month_start(day) == h->o.fk_month &&
	    r->kind != KIND_INTRODUCTION)
		take_fk(h, hc, r, staff, (int32_t)(end - start));
	store(h, hc, r, staff, file, line, start, end);
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
		lr->staff = hours_staff_index(h, s, len);
	else {
		if (!hit)
			e->ix = hours_staff_index(h, s, len);
		lr->staff = e->ix;
	}
	lr->staff_bad = h->ts.staff[lr->staff].bad_id;
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
	/* 8 kB of handlers: not on the stack */
	struct logread *lr = xcalloc(1, sizeof(*lr));
	struct csv_sink sink = { log_field, log_row, log_drop, log_fast, lr };
	int rc;

	lr->h = h;
	lr->d = d;
	lr->file = file_index(h, in->name);
	row_reset(lr);
	rc = actlog_read(in, "shift", "shifts", log_header, &sink,
	    &h->count.read, &h->count.rejected, d);
	free(lr);
	return rc;
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
	h->ts.roster = true;
	h->ts.roster_pos.file = name;
	h->ts.roster_pos.line = 1;
	if (csvin_next(r, &cr, d) != 1 ||
	    roster_header(&cr, name, map, d) != 0) {
		csvin_close(r);
		return -1;
	}
	csvin_expect(r, cr.n);
	while (csvin_next(r, &cr, d) == 1) {
		if (roster_row(map, &cr, name, &row, d) != 0)
			continue;
		ix = hours_staff_index(h, row.staff, strlen(row.staff));
		s = &h->ts.staff[ix];
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

