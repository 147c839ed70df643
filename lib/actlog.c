#include "actlog.h"
#include "text.h"

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
	if (u->rejected)
		diag_error(d, u->file, line, "case %s has errors in its case "
		    "record; its %s are left out", q, rows);
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
		    u->n - 1, u->n == 2 ? row : rows, u->rejected ?
		    "the rejected" : "unknown", q);
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
