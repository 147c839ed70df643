/* hours-check's engine: reading shift logs and rosters.  The per-column
 * handlers and the fast path are the hot loop: no allocation or
 * indirection per row beyond what is here. */

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "csvin.h"
#include "dates.h"
#include "rules/billing.h"
#include "rules/grant.h"
#include "rules/homehelp.h"
#include "rules/shift.h"
#include "tools/hours_int.h"
#include "xalloc.h"

/* The staff records of the ids the reader has seen, made as they come:
 * the reader keeps the ids, the engine what it learns of each. */
static void __attribute__((noinline))
staff_sync(struct hours *h)
{
	struct timesheet *ts = &h->ts;
	struct staff *s;

	while (ts->nstaff < h->log.nstaff) {
		if (ts->nstaff == h->capstaff) {
			h->capstaff = h->capstaff ? 2 * h->capstaff : 256;
			ts->staff = xreallocarray(ts->staff, h->capstaff,
			    sizeof(*ts->staff));
		}
		s = &ts->staff[ts->nstaff];
		memset(s, 0, sizeof(*s));
		s->id = h->log.staff[ts->nstaff];
		s->qualified = -1;
		s->worktime = -1;
		s->first = UINT32_MAX;
		ts->nstaff++;
	}
}

/* The dense index of a staff id, made on first sight. */
uint32_t
hours_staff_index(struct hours *h, const char *id, size_t len)
{
	uint32_t ix = actlog_staff_index(&h->log, id, len);

	if (ix >= h->ts.nstaff)
		staff_sync(h);
	return ix;
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

/* Notes where the shift about to be stored came from, if not on the
 * line after the last one. */
static void
mark(struct timesheet *ts, uint16_t file, long line)
{
	struct rowmark *m;

	if (line == ts->next_line && file == ts->next_file && ts->nmarks > 0) {
		ts->next_line++;
		return;
	}
	ts->next_line = line + 1;
	ts->next_file = file;
	if (ts->nmarks == ts->capmarks) {
		ts->capmarks = ts->capmarks ? 2 * ts->capmarks : 64;
		ts->marks = xreallocarray(ts->marks, ts->capmarks,
		    sizeof(*ts->marks));
	}
	m = &ts->marks[ts->nmarks++];
	m->first = (uint32_t)ts->n;
	m->file = file;
	m->line = line;
}

/* The file and line of a stored shift, from the last mark at or before
 * it. */
struct srcpos
stored_pos(const struct timesheet *ts, const struct stored *s)
{
	uint32_t i = (uint32_t)(s - ts->v);
	size_t lo = 0, hi = ts->nmarks, mid;
	struct srcpos pos;

	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (ts->marks[mid].first <= i)
			lo = mid;
		else
			hi = mid;
	}
	pos.file = ts->files[ts->marks[lo].file];
	pos.line = ts->marks[lo].line + (long)(i - ts->marks[lo].first);
	return pos;
}

/* Room for the next shift: past the limit a read-ahead set, if that is
 * where the store is, or twice the store. */
static void __attribute__((noinline))
grow(struct hours *h)
{
	if (h->ahead != NULL)
		ahead_room(h);
	if (h->ts.n < h->cap)
		return;
	h->cap = h->cap ? 2 * h->cap : 4096;
	h->ts.v = xgrowarray(h->ts.v, h->ts.n, h->cap, sizeof(*h->ts.v));
}

/* Keeps a shift for the end of the stream. */
static void
store(struct hours *h, struct hcase *hc, const struct shift_row *r,
    uint32_t staff, uint16_t file, long line, int64_t start, int64_t end)
{
	struct timesheet *ts = &h->ts;
	struct stored *s;

	if (ts->n == h->cap)
		grow(h);
	/* shifts of one case in one run: grouping by case costs nothing */
	if (h->run != hc->c->index + 1) {
		if (hc->count > 0)
			h->scattered = true;
		hc->first = (uint32_t)ts->n;
		h->run = (uint32_t)hc->c->index + 1;
	}
	hc->count++;
	mark(ts, file, line);
	s = &ts->v[ts->n];
	s->start = (int32_t)start;
	s->len = (uint16_t)(end - start);
	s->staff = staff;
	s->kase = (uint32_t)hc->c->index;
	s->kind = (uint8_t)r->kind;
	s->pad = 0;
	if (ts->staff[staff].first == UINT32_MAX)
		ts->staff[staff].first = (uint32_t)ts->n;
	ts->n++;
}

/* Whether the shift's start and end, which happen ks and ke times, are
 * times the clock shows in the case's zone; one in the hour skipped in
 * spring is reported. */
static bool
clock_exists(const struct hcase *hc, const struct shift_row *r,
    enum tz_local ks, enum tz_local ke, const struct srcpos *pos,
    struct diag *d)
{
	char a[DATETIME_BUFSZ];

	if (ks != TZ_LOCAL_NEVER && ke != TZ_LOCAL_NEVER)
		return true;
	diag_error(d, pos->file, pos->line, "%s: %s does not exist in %s: the "
	    "clock is put forward an hour that night", ks == TZ_LOCAL_NEVER ?
	    "start" : "end", datetime_format(ks == TZ_LOCAL_NEVER ? r->start :
	    r->end, a), tz_name(hc->zone));
	return false;
}

/* Checks one shift as it streams by and keeps what the end needs. */
static void
take_shift(struct hours *h, struct hcase *hc, const struct shift_row *r,
    uint32_t staff, uint16_t file, long line, struct diag *d)
{
	const struct care_case *c = hc->c;
	struct srcpos pos = { h->log.files[file], line };
	int64_t start, end;
	enum tz_local ks, ke;
	cdate day;

	if (r->start < datetime_make(TZ_FIRST_DAY, 0) ||
	    r->end >= datetime_make(TZ_END_DAY, 0)) {
		diag_error(d, pos.file, line, "shift outside the years %d to "
		    "%d that hours are counted in", TZ_FIRST_YEAR,
		    TZ_LAST_YEAR);
		h->log.rejected++;
		return;
	}
	ks = tz_local_utc(hc->zone, r->start, &start);
	ke = tz_local_utc(hc->zone, r->end, &end);
	if (!clock_exists(hc, r, ks, ke, &pos, d)) {
		h->log.rejected++;
		return;
	}
	if (end <= start) {
		diag_error(d, pos.file, line, "shift has no length in %s: the "
		    "clock is put back or forward over it",
		    tz_name(hc->zone));
		h->log.rejected++;
		return;
	}
	day = r->day;
	h->log.used++;
	hc->shifts++;
	shift_dst(h->ts.f, &pos, hc, r, start, end, ks, ke);
	grant_shift(h->ts.f, &pos, hc, r, day, start, end);
	if (c->regime == REGIME_SE_PA)
		h->ts.staff[staff].se_pa = true;
	if (regime_country(c->regime) == COUNTRY_DK)
		homehelp_shift(&h->ts, staff, r->kind, day,
		    (double)(end - start) / 60);
	if (h->o.fk_month != DATE_NONE && c->funder == FUNDER_FK &&
	    date_month_start(day) == h->o.fk_month &&
	    r->kind != KIND_INTRODUCTION)
		take_fk(h, hc, r, staff, (int32_t)(end - start));
	store(h, hc, r, staff, file, line, start, end);
}

/* A shift read on the helper (hours_ahead.c), taken here in its row's
 * turn. */
void
hours_take(struct hours *h, struct hcase *hc, const struct shift_row *r,
    uint32_t staff, uint16_t file, long line, struct diag *d)
{
	take_shift(h, hc, r, staff, file, line, d);
}

static void
row_reset(struct logread *lr)
{
	shift_begin(&lr->p);
	actlog_row_reset(&lr->r);
}

/* The rare ways of a field, out of the hot path. */
static void __attribute__((noinline, cold))
field_full(struct logread *lr, enum shift_col role, const char *s, size_t len)
{
	shift_field(&lr->p, &lr->sh, (size_t)lr->sh.col[role], s, len);
}

/*
 * One small handler per column, each reading the common shapes of its
 * field in line and leaving the rest to field_full().  Fields are parsed
 * in place; the ids are resolved while their text is there.
 */

static void
col_date(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	/* rows come in runs of one day */
	if (len == 10 && lr->p.day_cache != 0 &&
	    memcmp(s, lr->p.day_text, 10) == 0)
		lr->p.day = lr->p.day_cache;
	else if (!shift_day_near(&lr->p, s, len))
		field_full(lr, SC_DATE, s, len);
}

/* HH:MM after a date column, in line: the first four bytes checked at
 * once, each less its digit '0' (the colon made a '0') and then below
 * its bound with the high bit clear, as no byte out of range leaves it. */
static bool
clock_in_line(const struct logread *lr, const char *str, size_t len, int *t)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t w, d;
	unsigned h, m2;

	if (len != 5 || lr->sh.col[SC_DATE] < 0)
		return false;
	w = ((uint32_t)s[0] | (uint32_t)s[1] << 8 | (uint32_t)s[2] << 16 |
	    (uint32_t)s[3] << 24) ^ (uint32_t)(':' ^ '0') << 16;
	d = w - 0x30303030u;
	/* bounds 3, 10, 1 and 6: 0x80 less each */
	if (((d | (d + 0x7a7f767du)) & 0x80808080u) != 0)
		return false;
	h = (d & 0xff) * 10 + (d >> 8 & 0xff);
	m2 = (unsigned)s[4] - '0';
	if (h >= 24 || m2 >= 10)
		return false;
	*t = (int)(h * 60 + (d >> 24) * 10 + m2);
	return true;
}

static void
col_start(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;
	int t;

	if (clock_in_line(lr, s, len, &t))
		lr->p.start = t;
	else
		field_full(lr, SC_START, s, len);
}

static void
col_end(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;
	int t;

	if (clock_in_line(lr, s, len, &t))
		lr->p.end = t;
	else
		field_full(lr, SC_END, s, len);
}

static void
col_kind(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;

	if (len == 6 && memcmp(s, "active", 6) == 0)
		lr->p.kind = KIND_ACTIVE;
	else if (len == 7 && memcmp(s, "on-call", 7) == 0)
		lr->p.kind = KIND_ON_CALL;
	else
		field_full(lr, SC_KIND, s, len);
}

static void
col_hours(struct actlog_row *r, const char *s, size_t len)
{
	struct logread *lr = (struct logread *)r;
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
		lr->p.stated = shift_hours(tens * 10 + ones, d1 * 10 + d2);
	else
		field_full(lr, SC_HOURS, s, len);
}

static actlog_col_fn *const col_handler[SC_COUNT] = {
	[SC_CASE] = actlog_col_case, [SC_STAFF] = actlog_col_staff,
	[SC_DATE] = col_date, [SC_START] = col_start, [SC_END] = col_end,
	[SC_KIND] = col_kind, [SC_HOURS] = col_hours,
};

static void __attribute__((flatten))
log_row(void *arg, size_t n, long line)
{
	struct logread *lr = arg;
	struct hours *h = lr->h;
	struct shift_row row;

	(void)n;
	if (!actlog_row_known(&lr->r, line, "shifts"))
		;
	else if (lr->r.staff_bad) {
		diag_error(lr->r.d, h->log.files[lr->r.file], line, "staff: "
		    "not a usable staff id (empty, too long, control "
		    "characters, or shaped like a personal identity number)");
		h->log.rejected++;
	} else if (shift_end(&lr->p, &lr->sh, &row) != 0) {
		diag_error(lr->r.d, h->log.files[lr->r.file], line, "%s",
		    lr->p.e.err);
		h->log.rejected++;
	} else {
		if (lr->r.staff >= h->ts.nstaff)
			staff_sync(h);
		take_shift(h, &h->ts.cases[lr->r.c->index], &row, lr->r.staff,
		    lr->r.file, line, lr->r.d);
	}
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

	if (shift_header(cr, lr->h->log.files[lr->r.file], lr->r.cols,
	    &lr->sh, d) != 0)
		return -1;
	actlog_columns(&lr->r, lr->sh.role, lr->sh.ncols, col_handler);
	ahead_begin(lr, cr->delim);
	return (int)lr->sh.ncols;
}

static long
log_held(void *arg, bool clean, long line)
{
	return ahead_held(arg, clean, line);
}

/* The shift store made room for a regular file's rows at once, at 40
 * bytes a row, rather than doubled as they come: no copy, no slack.  The
 * size is the one taken when the file was opened, before the sandbox. */
static void
reserve(struct hours *h, const struct input *in)
{
	size_t want;

	if (in->size <= 0)
		return;
	want = h->ts.n + (size_t)(in->size / 40) + 1;
	if (want <= h->cap || want > UINT32_MAX)
		return;
	h->cap = want;
	h->ts.v = xgrowarray(h->ts.v, h->ts.n, h->cap, sizeof(*h->ts.v));
}

/* Reads a shift log to its end: bad rows are reported and skipped. */
int
hours_log(struct hours *h, struct input *in, struct diag *d)
{
	static const struct actlog_kind kind = { N_("shift"), N_("shifts"),
	    log_header, log_row, log_drop, log_held };
	/* 8 kB of handlers: not on the stack */
	struct logread *lr = xcalloc(1, sizeof(*lr));
	int rc;

	lr->h = h;
	lr->in = in;
	reserve(h, in);
	rc = actlog_log(&h->log, &lr->r, &kind, in, d);
	ahead_end(h);
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
	int map[4];

	name = arena_strdup(&h->a, in->name);
	h->ts.roster = true;
	h->ts.roster_pos.file = name;
	h->ts.roster_pos.line = 1;
	if (csvin_next(r, &cr, d) != 1 ||
	    roster_header(&cr, name, in->opts != NULL ? in->opts->columns :
	    NULL, map, d) != 0) {
		csvin_close(r);
		return -1;
	}
	csvin_expect(r, cr.n);
	while (csvin_next(r, &cr, d) == 1) {
		if (roster_row(map, &cr, name, &row, d) != 0)
			continue;
		ix = hours_staff_index(h, row.staff, strlen(row.staff));
		s = &h->ts.staff[ix];
		h->log.staff_bad[ix] = false;	/* roster_row checked it */
		if (s->qualified >= 0 && s->qualified != row.qualified) {
			diag_error(d, name, cr.line, "staff %s is listed with "
			    "another qualification at %s:%ld", s->id,
			    s->roster_pos.file, s->roster_pos.line);
			continue;
		}
		if (s->qualified >= 0 && s->worktime != row.worktime) {
			diag_error(d, name, cr.line, "staff %s is listed with "
			    "other working-time rules at %s:%ld", s->id,
			    s->roster_pos.file, s->roster_pos.line);
			continue;
		}
		if (s->qualified < 0) {
			s->qualified = row.qualified;
			s->worktime = row.worktime;
			s->roster_pos.file = name;
			s->roster_pos.line = cr.line;
		}
	}
	csvin_close(r);
	return d->errors > errors ? -1 : 0;
}

