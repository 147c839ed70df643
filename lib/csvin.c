#include <csv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "csvin.h"
#include "text.h"
#include "xalloc.h"

#define BUFSZ	(64 * 1024)

struct csvin {
	struct input		*in;
	struct csv_parser	 p;
	struct diag		*d;
	unsigned char		 buf[BUFSZ];
	size_t			 pos, len;
	bool			 eof, finished, started, prev_cr;
	long			 line;		/* line of the next byte */
	long			 rec_line;	/* where the open row began */
	bool			 skip_line;	/* drop the rest of this line */
	bool			 bad;		/* drop the open row */
	bool			 ready;		/* a row is complete */
	size_t			 expect;	/* fields per row, 0: any */
	char			*data;
	size_t			 datalen, datacap;
	size_t			*off, *flen;
	char			**ptr;
	size_t			 nf, fcap;
	unsigned long		 rejected;	/* rows reported and dropped */
};

/* libcsv trims spaces around unquoted fields unless told no byte is a
 * space; spaces are data here. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
parser_init(struct csvin *r)
{
	csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI);
	csv_set_space_func(&r->p, no_space);
	/* libcsv grows a field by this much at a time: linear growth in
	 * small steps makes long fields cost quadratic time */
	csv_set_blk_size(&r->p, 64 * 1024);
}

static void
parser_reset(struct csvin *r)
{
	csv_free(&r->p);
	parser_init(r);
	r->nf = 0;
	r->datalen = 0;
	r->bad = false;
}

struct csvin *
csvin_open(struct input *in)
{
	struct csvin *r = xcalloc(1, sizeof(*r));

	r->in = in;
	r->line = 1;
	r->rec_line = 1;
	parser_init(r);
	return r;
}

void
csvin_expect(struct csvin *r, size_t n)
{
	r->expect = n;
}

unsigned long
csvin_rejected(const struct csvin *r)
{
	return r->rejected;
}

void
csvin_close(struct csvin *r)
{
	if (r == NULL)
		return;
	csv_free(&r->p);
	free(r->data);
	free(r->off);
	free(r->flen);
	free(r->ptr);
	free(r);
}

static void
row_error(struct csvin *r, const char *msg, size_t field)
{
	r->rejected++;
	if (field > 0)
		diag_error(r->d, r->in->name, r->rec_line, "field %zu: %s",
		    field, msg);
	else
		diag_error(r->d, r->in->name, r->rec_line, "%s", msg);
	r->bad = true;
}

static void
on_field(void *s, size_t len, void *arg)
{
	struct csvin *r = arg;
	const char *f = s != NULL ? s : "";
	size_t need;

	if (r->bad)
		return;
	if (len > CSVIN_MAX_FIELD) {
		row_error(r, "field longer than 1048576 bytes", 0);
		return;
	}
	if (r->nf == CSVIN_MAX_FIELDS) {
		row_error(r, "more than 1024 fields in a row", 0);
		return;
	}
	if (memchr(f, '\0', len) != NULL) {
		row_error(r, "NUL byte in the data", r->nf + 1);
		return;
	}
	if (text_utf8_invalid(f, len) >= 0) {
		row_error(r, "invalid UTF-8", r->nf + 1);
		return;
	}
	need = r->datalen + len + 1;
	if (need > r->datacap) {
		r->datacap = need > 2 * r->datacap ? need : 2 * r->datacap;
		r->data = xreallocarray(r->data, r->datacap, 1);
	}
	if (r->nf == r->fcap) {
		r->fcap = r->fcap ? 2 * r->fcap : 32;
		r->off = xreallocarray(r->off, r->fcap, sizeof(*r->off));
		r->flen = xreallocarray(r->flen, r->fcap, sizeof(*r->flen));
		r->ptr = xreallocarray(r->ptr, r->fcap, sizeof(*r->ptr));
	}
	memcpy(r->data + r->datalen, f, len);
	r->data[r->datalen + len] = '\0';
	r->off[r->nf] = r->datalen;
	r->flen[r->nf] = len;
	r->datalen = need;
	r->nf++;
}

static void
on_row(int c, void *arg)
{
	struct csvin *r = arg;
	char msg[96];

	(void)c;
	if (!r->bad && r->expect != 0 && r->nf != r->expect) {
		snprintf(msg, sizeof(msg), "%zu fields, the header has %zu",
		    r->nf, r->expect);
		row_error(r, msg, 0);
	}
	if (r->bad) {
		r->bad = false;
		r->nf = 0;
		r->datalen = 0;
		return;
	}
	r->ready = true;
}

/* Feeds one piece of at most one line to libcsv; a piece never holds more
 * than one line end, so a row completes at most once per piece. */
static void
feed(struct csvin *r, const unsigned char *s, size_t n, bool line_end)
{
	if (r->skip_line) {
		if (line_end)
			r->skip_line = false;
		return;
	}
	if (r->p.pstate == 0 && r->nf == 0 && !r->bad)
		r->rec_line = r->line;
	if (csv_parse(&r->p, s, n, on_field, on_row, r) != n) {
		diag_error(r->d, r->in->name, r->line,
		    "malformed quoting (a quote inside an unquoted field, or "
		    "text after a closing quote)");
		r->rejected++;
		parser_reset(r);
		r->ready = false;
		r->skip_line = !line_end;
		return;
	}
	if (r->p.entry_pos > CSVIN_MAX_FIELD) {
		diag_error(r->d, r->in->name, r->rec_line,
		    "field longer than %d bytes", CSVIN_MAX_FIELD);
		r->rejected++;
		parser_reset(r);
		r->ready = false;
		r->skip_line = !line_end;
	}
}

static bool
fill(struct csvin *r)
{
	if (r->eof)
		return false;
	r->pos = 0;
	r->len = input_read(r->in, r->buf, sizeof(r->buf), r->d);
	if (r->len == 0) {
		r->eof = true;
		return false;
	}
	if (!r->started) {
		r->started = true;
		if (r->len >= 3 && r->buf[0] == 0xef && r->buf[1] == 0xbb &&
		    r->buf[2] == 0xbf)
			r->pos = 3;
	}
	return true;
}

/* At the end of the input: an open quote is an error, an open row without
 * a final line end is complete. */
static void
finish(struct csvin *r)
{
	if (r->skip_line) {
		r->skip_line = false;
		parser_reset(r);
		return;
	}
	if (csv_fini(&r->p, on_field, on_row, r) != 0) {
		diag_error(r->d, r->in->name, r->rec_line,
		    "quoted field not closed before the end of the input");
		r->rejected++;
		parser_reset(r);
		r->ready = false;
	}
}

static void
make_row(struct csvin *r, struct csvrow *row)
{
	size_t i;

	for (i = 0; i < r->nf; i++)
		r->ptr[i] = r->data + r->off[i];
	row->line = r->rec_line;
	row->n = r->nf;
	row->f = r->ptr;
	row->len = r->flen;
}

/* The next row: 1 and the row, 0 at the end.  Bad rows are reported to d
 * and skipped; the rows after them are still read. */
int
csvin_next(struct csvin *r, struct csvrow *row, struct diag *d)
{
	const unsigned char *s, *e;
	size_t n;
	bool end;

	r->d = d;
	if (r->ready) {		/* the previous row was handed out */
		r->ready = false;
		r->nf = 0;
		r->datalen = 0;
	}
	for (;;) {
		if (r->pos == r->len && !fill(r)) {
			if (r->finished)
				return 0;
			r->finished = true;
			finish(r);
			if (r->ready) {
				make_row(r, row);
				return 1;
			}
			return 0;
		}
		s = r->buf + r->pos;
		if (r->prev_cr && *s == '\n') {
			/* the second half of a CRLF split across reads */
			r->prev_cr = false;
			r->pos++;
			if (!r->skip_line)
				feed(r, s, 1, false);
			continue;
		}
		r->prev_cr = false;
		for (e = s; e < r->buf + r->len && *e != '\n' && *e != '\r'; e++)
			;
		end = e < r->buf + r->len;
		if (end) {
			if (*e == '\r') {
				if (e + 1 < r->buf + r->len) {
					if (e[1] == '\n')
						e++;
				} else
					r->prev_cr = true;
			}
			e++;
		}
		n = (size_t)(e - s);
		r->pos += n;
		feed(r, s, n, end);
		if (end)
			r->line++;
		if (r->ready) {
			make_row(r, row);
			return 1;
		}
	}
}

/* Maps each header column to its index among the known names (or -1 for
 * an unknown column, which is reported with the nearest known name).
 * Returns -1 when a column is unknown or repeated. */
int
csv_header_map(const struct csvrow *h, const char *file, const char *what,
    const char *const *names, size_t nnames, int *map, struct diag *d)
{
	char q[TEXT_QUOTE_MAX];
	const char *near;
	size_t i, j;
	int rc = 0;

	for (i = 0; i < h->n; i++) {
		map[i] = -1;
		for (j = 0; j < nnames; j++)
			if (strcmp(h->f[i], names[j]) == 0)
				map[i] = (int)j;
		if (map[i] < 0) {
			text_quote(q, sizeof(q), h->f[i], h->len[i]);
			near = text_suggest(h->f[i], names, nnames);
			if (near != NULL)
				diag_error(d, file, h->line, "unknown column %s in %s; "
				    "did you mean '%s'?", q, what, near);
			else
				diag_error(d, file, h->line, "unknown column %s in %s",
				    q, what);
			rc = -1;
			continue;
		}
		for (j = 0; j < i; j++)
			if (map[j] == map[i]) {
				diag_error(d, file, h->line, "column '%s' appears twice "
				    "in %s", names[map[i]], what);
				rc = -1;
			}
	}
	return rc;
}

/* Writes one CSV field, quoted when it has to be. */
int
csv_write_field(FILE *fp, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL && *s != ' ' &&
	    (*s == '\0' || s[strlen(s) - 1] != ' '))
		return fputs(s, fp) < 0 ? -1 : 0;
	return csv_fwrite(fp, s, strlen(s));
}
