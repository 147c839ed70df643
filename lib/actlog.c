/* The one reader of activity logs (see actlog.h). */
#include <stdlib.h>

#include "progress.h"
#include "i18n.h"
#include "actlog.h"
#include "shifts.h"
#include "text.h"
#include "xalloc.h"

void
unknown_init(struct unknown_cases *u)
{
	strmap_init(&u->map);
	arena_init(&u->a);
}

void
unknown_free(struct unknown_cases *u)
{
	strmap_free(&u->map);
	arena_free(&u->a);
}

/* Counts a row of a case with no usable record; the record the first
 * time the case is seen (to be reported with that row's line), else
 * NULL. */
struct unknown_case *
unknown_note(struct unknown_cases *uc, const struct caseset *set,
    const char *id, size_t len, const char *file)
{
	struct unknown_case *u;
	void **slot;
	int added;

	if ((u = strmap_get(&uc->map, id, len)) != NULL) {
		u->n++;
		return NULL;
	}
	u = arena_alloc(&uc->a, sizeof(*u));
	u->n = 1;
	u->rejected = caseset_rejected(set, id, len);
	u->file = file;
	u->id = arena_strndup(&uc->a, id, len);
	slot = strmap_put(&uc->map, u->id, len, &added);
	*slot = u;
	return u;
}

/* The message for the first row of an unknown case; rows names them
 * ("shifts"). */
void
unknown_first(struct diag *d, const struct unknown_case *u, long line,
    const char *rows)
{
	char q[TEXT_QUOTE_MAX];

	text_quote(q, sizeof(q), u->id, strlen(u->id));
	if (text_has_personal_id(u->id, strlen(u->id)))
		diag_error(d, u->file, line, "case: not a usable case id "
		    "(shaped like a personal identity number); its %s are left "
		    "out", rows);
	else if (u->rejected)
		diag_error(d, u->file, line, "case %s has errors in its case "
		    "record; its %s are left out", q, _(rows));
	else
		diag_error(d, u->file, line, "unknown case %s (no case record "
		    "given with -c)", q);
}

/* At the end: how many more rows of each unknown case were left out. */
void
unknown_rest(const struct unknown_cases *uc, struct diag *d, const char *row,
    const char *rows)
{
	const struct unknown_case *u;
	char q[TEXT_QUOTE_MAX];
	size_t i;

	for (i = 0; i < uc->map.cap; i++) {
		if (uc->map.slots[i].key == NULL ||
		    (u = uc->map.slots[i].value)->n < 2)
			continue;
		text_quote(q, sizeof(q), u->id, strlen(u->id));
		diag_error(d, u->file, 0, "%lu more %s of %s case %s left out",
		    u->n - 1, _(u->n == 2 ? row : rows), u->rejected ?
		    _("the rejected") : _("unknown"), q);
	}
}

/* Reads an activity log to its end: the header through header, then
 * every row to sink.  Rows the reader rejects, and every row after a
 * header that cannot be used, are added to *read and *rejected; row and
 * rows name them in messages ("shift", "shifts"). */
int
actlog_read(struct input *in, const char *row, const char *rows,
    actlog_header_fn *header, const struct csv_sink *sink,
    unsigned long *read, unsigned long *rejected, struct diag *d)
{
	struct csvin *r = csvin_open(in);
	struct csvrow cr;
	unsigned long bad, errors = d->errors;
	int ncols = -1;

	if (csvin_next(r, &cr, d) == 1) {
		/* a header the reader rejected leaves the next row to be
		 * taken for it: that row, and all after it, are left out */
		if (!csvin_first_lost(r))
			ncols = header(sink->arg, &cr, d);
		if (ncols < 0) {
			bad = csvin_left_out(r, row, rows, d);
			*read += bad;
			*rejected += bad;
			csvin_close(r);
			return -1;
		}
		csvin_expect(r, (size_t)ncols);
		csvin_stream(r, sink, d);
	}
	*read += csvin_rejected(r);
	*rejected += csvin_rejected(r);
	csvin_close(r);
	return d->errors > errors ? -1 : 0;
}

void
actlog_init(struct actlog *l, const struct caseset *set)
{
	memset(l, 0, sizeof(*l));
	/* room for every name, not touched until used */
	l->files = xcalloc(UINT16_MAX, sizeof(*l->files));
	l->set = set;
	arena_init(&l->a);
	strmap_init(&l->staff_map);
	unknown_init(&l->unknown);
	l->last_staff_len = SIZE_MAX;	/* no staff seen yet */
}

void
actlog_free(struct actlog *l)
{
	free(l->files);
	free(l->staff);
	free(l->staff_bad);
	strmap_free(&l->staff_map);
	unknown_free(&l->unknown);
	arena_free(&l->a);
}

/* A log's name, kept for messages and findings; its index. */
uint16_t
actlog_file(struct actlog *l, const char *name)
{
	if (l->nfiles < UINT16_MAX)
		l->files[l->nfiles++] = arena_strdup(&l->a, name);
	return (uint16_t)(l->nfiles - 1);
}

/* The dense index of a staff id, made on first sight; the map keeps a
 * copy of the id, not the row it came from. */
uint32_t __attribute__((noinline))
actlog_staff_index(struct actlog *l, const char *id, size_t len)
{
	void **slot, *v;
	const char *kept;
	int added;

	if (len < sizeof(l->last_staff) && len == l->last_staff_len &&
	    actlog_same_id(id, l->last_staff, len))
		return l->last_staff_ix;
	if ((v = strmap_get(&l->staff_map, id, len)) == NULL) {
		if (l->nstaff == l->capstaff) {
			l->capstaff = l->capstaff ? 2 * l->capstaff : 256;
			l->staff = xreallocarray(l->staff, l->capstaff,
			    sizeof(*l->staff));
			l->staff_bad = xreallocarray(l->staff_bad,
			    l->capstaff, sizeof(*l->staff_bad));
		}
		kept = arena_strndup(&l->a, id, len);
		l->staff[l->nstaff] = kept;
		l->staff_bad[l->nstaff] = !shift_id_ok(id, len);
		slot = strmap_put(&l->staff_map, kept, len, &added);
		v = *slot = (void *)(uintptr_t)(++l->nstaff);
	}
	if (len < sizeof(l->last_staff)) {
		memcpy(l->last_staff, id, len);
		l->last_staff_len = len;
		l->last_staff_ix = (uint32_t)((uintptr_t)v - 1);
	}
	return (uint32_t)((uintptr_t)v - 1);
}

/* The case of a row, out of the hot path: NULL for an unknown or
 * rejected case, whose first row gets r->fresh, to be reported with its
 * line when the row ends; the rest are counted and reported at the end. */
void __attribute__((noinline))
actlog_case_miss(struct actlog_row *r, const char *id, size_t len)
{
	struct actlog *l = r->log;
	const struct care_case *c;

	if ((c = caseset_find(l->set, id, len)) != NULL) {
		r->c = c;
		if (len < sizeof(l->last_case)) {
			memcpy(l->last_case, id, len);
			l->last_case_len = len;
			l->last_case_rec = c;
		}
		return;
	}
	r->fresh = unknown_note(&l->unknown, l->set, id, len,
	    l->files[r->file]);
}

void
actlog_row_reset(struct actlog_row *r)
{
	r->c = NULL;
	r->fresh = NULL;
	r->has_staff = r->staff_bad = false;
}

static void
col_none(struct actlog_row *r, const char *s, size_t len)
{
	(void)r;
	(void)s;
	(void)len;
}

/* A handler for each column of a header, by its role (-1: a column no
 * one reads). */
void
actlog_columns(struct actlog_row *r, const signed char *role, size_t ncols,
    actlog_col_fn *const *handler)
{
	size_t i;

	r->ncols = ncols;
	for (i = 0; i < ncols; i++)
		r->fn[i] = role[i] >= 0 ? handler[role[i]] : col_none;
}

/* Counts a row read: false, counted rejected, when its case has no
 * usable record (the first such row of a case is reported; rows names
 * them: "shifts"). */
bool
actlog_row_known(struct actlog_row *r, long line, const char *rows)
{
	r->log->read++;
	if (r->c != NULL)
		return true;
	r->log->rejected++;
	if (r->fresh != NULL)
		unknown_first(r->d, r->fresh, line, rows);
	return false;
}

/* A field, with its column, from the reader's general path. */
void
actlog_field(void *arg, size_t col, const char *s, size_t len, long line)
{
	struct actlog_row *r = arg;

	(void)line;
	if (col < r->ncols)
		r->fn[col](r, s, len);
}

/* A field of a plain block, straight from libcsv: the column is counted
 * here, and a message waits for the row's line. */
void
actlog_fast(void *s, size_t len, void *reader)
{
	struct csvin_fast *rf = reader;
	struct actlog_row *r = rf->arg;
	size_t col = rf->nf++;

	if (col < r->ncols)
		r->fn[col](r, s, len);
}

/* A row the reader split itself (see csvin.h): each column to its
 * handler. */
void
actlog_fast_row(void *arg, const char *row, const uint32_t *end, size_t n)
{
	struct actlog_row *r = arg;
	size_t col, from = 0;

	if (n > r->ncols)
		n = r->ncols;
	for (col = 0; col < n; col++) {
		r->fn[col](r, row + from, end[col] - from);
		from = end[col] + 1;
	}
}

/* Reads one log to its end through r, the first member of the tool's row
 * state: bad rows are reported, counted and skipped. */
int
actlog_log(struct actlog *l, struct actlog_row *r,
    const struct actlog_kind *k, struct input *in, struct diag *d)
{
	struct csv_sink sink = { actlog_field, k->row_end, k->reset,
	    actlog_fast, r, actlog_fast_row, k->held };
	unsigned long before = l->rejected;
	int rc;

	r->log = l;
	r->d = d;
	r->file = actlog_file(l, in->name);
	r->cols = in->opts != NULL ? in->opts->columns : NULL;
	k->reset(r);
	progress_rows(&l->read);
	rc = actlog_read(in, k->row, k->rows, k->header, &sink, &l->read,
	    &l->rejected, d);
	progress_end();
	progress_rows(NULL);
	/* every row of a log is taken or rejected while it is read */
	if (l->rejected > before) {
		l->bad_files++;
		l->bad_file = r->file;
	}
	return rc;
}

/* What the logs lost, for the reports' last line: the rows rejected, and
 * the log they were in when only one had any (else NULL). */
struct report_loss
actlog_loss(const struct actlog *l)
{
	return (struct report_loss){ l->rejected, l->bad_files, l->bad_files ==
	    1 ? l->files[l->bad_file] : NULL };
}
