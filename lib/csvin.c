#include <csv.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "i18n.h"
#include "csvin.h"
#include "text.h"
#include "xalloc.h"

#define BUFSZ	(64 * 1024)

/*
 * libcsv is fed whole blocks.  Line numbers come from its callbacks: with
 * CSV_REPALL_NL every unquoted CR and LF ends a row (an empty one for a
 * blank line or the LF of a CRLF), and the line breaks inside quoted fields
 * are in the fields' text.  Rows completed in a block wait in a queue.
 *
 * In push mode the whole lines of a plain block (ASCII, no quote, no NUL)
 * are split by scan_lines() instead, which makes the rows libcsv would
 * (to fast_row(), or a field at a time to fast()), but for the fields past
 * CSVIN_MAX_FIELDS of a row that is dropped: in such lines CSV has no rule
 * but the delimiter and the line end.  libcsv still reads the line a block
 * begins inside of and the one it ends inside of, and every block that is
 * not plain.
 * tests/fuzz/fuzz_csvscan.c holds the two to the same output.
 */

struct field {
	size_t	off, len;
};

struct row {
	size_t	first, n;	/* fields[first .. first + n) */
	long	line;
};

struct csvin {
	struct csvin_fast	 pub;		/* first: fast() is handed it */
	struct input		*in;
	struct csv_parser	 p;
	struct diag		*d;
	unsigned char		 buf[BUFSZ];
	bool			 eof, started;
	int			 delim;		/* 0 until the header tells */
	long			 line;		/* line of the next byte */
	bool			 prev_cr;	/* the last row ended with CR */
	long			 rec_line;	/* where the open row began */
	size_t			 rec_first;	/* its first field */
	size_t			 nf;		/* its fields so far */
	bool			 bad;		/* drop the open row */
	bool			 skip_line;	/* resync: drop to a line end */
	bool			 plain;		/* the block: ASCII, no quote, NUL */
	bool			 fast;		/* plain and pushing */
	bool			 row_slow;	/* the open row began in on_field */
	bool			 any_row;	/* a row has got through */
	bool			 first_lost;	/* the first row was left out */
	size_t			 expect;	/* fields per row, 0: any */
	char			*data;		/* field text, NUL-separated */
	size_t			 datalen, datacap;
	struct field		*fields;
	size_t			 nfields, capfields;
	struct row		*rows;
	size_t			 nrows, caprows, next;	/* queue */
	char			**ptr;
	size_t			*lens;
	size_t			 capptr;
	unsigned long		 rejected;	/* rows reported and dropped */
	const struct csv_sink	*sink;		/* push mode */
	bool			 libcsv_only;	/* no scan_lines() */
	size_t			 block;		/* bytes read at a time */
	unsigned char		 ends[256];	/* scan_lines: 1 delim, 2 CR/LF */
	uint32_t		 end[CSVIN_MAX_FIELDS];	/* scan_row's fields */
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
	csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
	csv_set_space_func(&r->p, no_space);
	csv_set_delim(&r->p, (unsigned char)(r->delim ? r->delim : ','));
	/* libcsv grows a field by this much at a time: linear growth in
	 * small steps makes long fields cost quadratic time */
	csv_set_blk_size(&r->p, 64 * 1024);
}

/* Counts a row left out; before any row got through, it was the first. */
static void
reject(struct csvin *r)
{
	r->rejected++;
	if (!r->any_row)
		r->first_lost = true;
}

/* Drops the open row: the fields it stored, if it got that far. */
static void
drop_row(struct csvin *r)
{
	if (r->pub.nf > 0)
		r->nfields = r->rec_first;
	r->pub.nf = 0;
	r->bad = false;
	r->row_slow = false;
}

struct csvin *
csvin_open(struct input *in)
{
	struct csvin *r = xcalloc(1, sizeof(*r));

	r->in = in;
	r->line = 1;
	r->rec_line = 1;
	r->block = sizeof(r->buf);
	r->delim = in->opts != NULL ? in->opts->delim : 0;
	parser_init(r);
	return r;
}

/* For the differential fuzz target and tests: every block through libcsv,
 * and blocks of at most block bytes (0: the usual). */
void
csvin_tune(struct csvin *r, bool libcsv_only, size_t block)
{
	r->libcsv_only = libcsv_only;
	r->block = block >= 8 && block < sizeof(r->buf) ? block :
	    sizeof(r->buf);
}

void
csvin_expect(struct csvin *r, size_t n)
{
	r->expect = n;
}

/* After a header that cannot be used: reads the rest of the input for
 * nothing, since a column lost to a typo would change every row, and
 * reports how many rows were left out (the first too, when the reader
 * rejected it); row and rows name them ("shift", "shifts").  Returns that
 * number. */
unsigned long
csvin_left_out(struct csvin *r, const char *row, const char *rows,
    struct diag *d)
{
	unsigned long before = r->rejected, n = r->first_lost;
	struct csvrow cr;

	while (csvin_next(r, &cr, d) == 1)
		n++;
	n += r->rejected - before;
	if (n > 0)
		diag_error(d, r->in->name, 0, "%lu %s left out because of the "
		    "header", n, _(n == 1 ? row : rows));
	return n;
}

unsigned long
csvin_rejected(const struct csvin *r)
{
	return r->rejected;
}

/* Whether the first row of the input (its header) was left out. */
bool
csvin_first_lost(const struct csvin *r)
{
	return r->first_lost;
}

void
csvin_close(struct csvin *r)
{
	if (r == NULL)
		return;
	csv_free(&r->p);
	free(r->data);
	free(r->fields);
	free(r->rows);
	free(r->ptr);
	free(r->lens);
	free(r);
}

static void
row_error(struct csvin *r, const char *msg, size_t field)
{
	reject(r);
	if (field > 0)
		diag_error(r->d, r->in->name, r->rec_line, "field %zu: %s",
		    field, _(msg));
	else
		diag_error(r->d, r->in->name, r->rec_line, "%s", _(msg));
	r->bad = true;
}

/* Line breaks inside a field: LF, and CR not followed by LF. */
static long
breaks(const char *s, size_t len)
{
	const char *p, *end = s + len;
	long n = 0;

	for (p = s; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		n++;
	for (p = s; (p = memchr(p, '\r', (size_t)(end - p))) != NULL; p++)
		if (p + 1 == end || p[1] != '\n')
			n++;
	return n;
}

/* True when the eight bytes hold a control byte or one >= 0x80. */
static bool
not_plain(uint64_t w)
{
	return ((w | ((w - 0x2020202020202020ULL) & ~w)) &
	    0x8080808080808080ULL) != 0;
}

/* The careful path for a field: a block that is not plain, limits, the
 * pull side's storage. */
static void __attribute__((noinline))
field_slow(struct csvin *r, const char *f, size_t len)
{
	size_t i, need;
	uint64_t w;
	long bad;

	if (!r->plain) {
		/* printable ASCII goes by fast; the rest is looked at closely */
		for (i = 0; i + 8 <= len; i += 8) {
			memcpy(&w, f + i, 8);
			if (not_plain(w))
				break;
		}
		for (; i < len; i++)
			if ((unsigned char)f[i] < 0x20 ||
			    (unsigned char)f[i] >= 0x80)
				break;
		if (i < len) {
			r->line += breaks(f + i, len - i);
			if (!r->bad && (bad = text_utf8_invalid(f + i,
			    len - i)) >= 0)
				row_error(r, f[i + (size_t)bad] == '\0' ?
				    N_("NUL byte in the data") : N_("invalid UTF-8"),
				    r->pub.nf);
		}
	}
	if (r->bad)
		return;
	if (len > CSVIN_MAX_FIELD || r->pub.nf > CSVIN_MAX_FIELDS) {
		row_error(r, len > CSVIN_MAX_FIELD ? "field longer than "
		    "1048576 bytes" : "more than 1024 fields in a row", 0);
		return;
	}
	if (r->sink != NULL) {
		r->sink->field(r->sink->arg, r->pub.nf - 1, f, len, r->rec_line);
		return;
	}
	need = r->datalen + len + 1;
	if (need > r->datacap) {
		r->datacap = need > 2 * r->datacap ? need : 2 * r->datacap;
		r->data = xreallocarray(r->data, r->datacap, 1);
	}
	if (r->nfields == r->capfields) {
		r->capfields = r->capfields ? 2 * r->capfields : 1024;
		r->fields = xreallocarray(r->fields, r->capfields,
		    sizeof(*r->fields));
	}
	memcpy(r->data + r->datalen, f, len);
	r->data[r->datalen + len] = '\0';
	r->fields[r->nfields].off = r->datalen;
	r->fields[r->nfields].len = len;
	r->nfields++;
	r->datalen = need;
}

/* A field from libcsv.  Plain blocks in push mode go straight through: in
 * them no field holds a line break, a bad byte, or more than a block. */
static void
on_field(void *s, size_t len, void *arg)
{
	struct csvin *r = arg;

	if (r->pub.nf == 0) {
		r->rec_line = r->line;
		r->rec_first = r->nfields;
		r->row_slow = true;
	}
	if (++r->pub.nf <= CSVIN_MAX_FIELDS && r->fast && !r->bad &&
	    len <= CSVIN_MAX_FIELD) {
		r->sink->field(r->sink->arg, r->pub.nf - 1, s, len, r->rec_line);
		return;
	}
	field_slow(r, s != NULL ? s : "", len);
}

static void
on_row(int c, void *arg)
{
	struct csvin *r = arg;
	bool crlf_lf = c == '\n' && r->prev_cr && r->pub.nf == 0, slow;
	long line_before = r->line;

	r->prev_cr = c == '\r';
	if (c == '\n' || c == '\r') {
		if (!crlf_lf)
			r->line++;
	}
	if (r->pub.nf == 0)
		return;		/* a blank line, or the LF of a CRLF */
	/* whether this row began in on_field is of this row only */
	slow = r->row_slow;
	r->row_slow = false;
	if (r->sink != NULL) {
		/* a row fast() read alone began on this line: its fields hold
		 * no line breaks */
		if (!slow)
			r->rec_line = line_before;
		if (!r->bad && r->pub.nf > CSVIN_MAX_FIELDS)
			row_error(r, "more than 1024 fields in a row", 0);
		if (!r->bad && r->expect != 0 && r->pub.nf != r->expect) {
			reject(r);
			diag_error(r->d, r->in->name, r->rec_line, "%zu fields, "
			    "the header has %zu", r->pub.nf, r->expect);
			r->bad = true;
		}
		if (r->bad)
			r->sink->drop(r->sink->arg);
		else {
			r->any_row = true;
			r->sink->row(r->sink->arg, r->pub.nf, r->rec_line);
		}
		r->pub.nf = 0;
		r->bad = false;
		return;
	}
	if (r->bad) {
		drop_row(r);
		return;
	}
	if (r->nrows == r->caprows) {
		r->caprows = r->caprows ? 2 * r->caprows : 256;
		r->rows = xreallocarray(r->rows, r->caprows, sizeof(*r->rows));
	}
	r->any_row = true;
	r->rows[r->nrows].first = r->rec_first;
	r->rows[r->nrows].n = r->pub.nf;
	r->rows[r->nrows].line = r->rec_line;
	r->nrows++;
	r->pub.nf = 0;
}

/* After a parse error: the open row is dropped, the line breaks in the
 * half-read field counted, and the parser started afresh. */
static void
parser_reset(struct csvin *r)
{
	if (r->sink != NULL && r->pub.nf > 0)
		r->sink->drop(r->sink->arg);
	if (r->p.entry_buf != NULL)
		r->line += breaks((const char *)r->p.entry_buf,
		    r->p.entry_pos);
	csv_free(&r->p);
	parser_init(r);
	drop_row(r);
}

/* Skips to just past the next line end in s; returns where parsing goes
 * on, or n when the line goes on past the block. */
static size_t
skip_line(struct csvin *r, const unsigned char *s, size_t i, size_t n)
{
	for (; i < n; i++)
		if (s[i] == '\n' || s[i] == '\r') {
			r->line++;
			r->skip_line = false;
			r->prev_cr = s[i] == '\r';
			if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') {
				r->prev_cr = false;
				i++;
			}
			return i + 1;
		}
	r->skip_line = true;
	return n;
}

/* Whether a block is plain: no quote, no NUL, no byte >= 0x80, and not
 * inside a quoted field when it starts. */
static bool
plain_block(const struct csvin *r, const unsigned char *s, size_t n)
{
	if (r->p.quoted && r->p.pstate != 0)
		return false;
	/* a field begun in a block that was not plain ends in this one */
	if (!r->plain && r->p.entry_pos > 0)
		return false;
	if (memchr(s, '"', n) != NULL || memchr(s, '\0', n) != NULL)
		return false;
	return input_ascii_len(s, n) == n;
}

/* libcsv on s[i..n); errors are reported and the rest still parsed. */
static void
parse(struct csvin *r, const unsigned char *s, size_t i, size_t n)
{
	size_t k;

	while (i < n) {
		k = csv_parse(&r->p, s + i, n - i, r->fast &&
		    r->sink->fast != NULL ? r->sink->fast : on_field, on_row, r);
		if (k == n - i)
			break;
		if (r->pub.nf == 0)
			r->rec_line = r->line;
		reject(r);
		diag_error(r->d, r->in->name, r->rec_line, "malformed quoting "
		    "(a quote inside an unquoted field, or text after a "
		    "closing quote)");
		parser_reset(r);
		i = skip_line(r, s, i + k, n);
	}
}

/* A row scan_lines() split, its n fields ending at r->end[] (counted
 * past CSVIN_MAX_FIELDS, kept up to it), ended by the CR or LF c: to the
 * sink, then to on_row() as libcsv would have made them. */
static void
scan_row(struct csvin *r, const unsigned char *row, size_t n, int c)
{
	size_t k, from = 0, m = n < CSVIN_MAX_FIELDS ? n : CSVIN_MAX_FIELDS;

	if (r->sink->fast_row != NULL)
		r->sink->fast_row(r->sink->arg, (const char *)row, r->end, m);
	else
		for (k = 0; k < m; k++) {
			r->sink->fast((void *)(uintptr_t)(row + from),
			    r->end[k] - from, r);
			from = r->end[k] + 1;
		}
	/* on_row() for the common row, without its other ways */
	if (n <= CSVIN_MAX_FIELDS && (r->expect == 0 || n == r->expect) &&
	    !r->bad && !r->row_slow) {
		r->prev_cr = c == '\r';
		r->rec_line = r->line++;
		r->any_row = true;
		r->sink->row(r->sink->arg, n, r->rec_line);
		r->pub.nf = 0;
		return;
	}
	r->pub.nf = n;
	on_row(c, r);
}

/* The byte s[k] of a row begun at *row, *n fields before it: a
 * delimiter ends a field, a CR or LF (line) the row too. */
static inline void
scan_at(struct csvin *r, const unsigned char *s, size_t k, bool line,
    size_t *row, size_t *n)
{
	if (!line) {
		if (*n < CSVIN_MAX_FIELDS)
			r->end[*n] = (uint32_t)(k - *row);
		++*n;
		return;
	}
	if (*n > 0 || k > *row) {
		if (*n < CSVIN_MAX_FIELDS)
			r->end[*n] = (uint32_t)(k - *row);
		scan_row(r, s + *row, *n + 1, s[k]);
	} else
		on_row(s[k], r);	/* a blank line, or the LF of a CRLF */
	*row = k + 1;
	*n = 0;
}

/* The whole lines s[i..j) of a plain block, at a row's start, split as
 * libcsv splits them (strict, every CR and LF a row's end, spaces data):
 * the rows libcsv would make, each whole to the sink.  Sixteen bytes at
 * a time where SSE2 is, each delimiter, CR and LF in them a bit. */
static void
scan_lines(struct csvin *r, const unsigned char *s, size_t i, size_t j)
{
	size_t row = i, n = 0;
#if defined(__SSE2__)
	/* a plain block is ASCII without a NUL: a delimiter that is not
	 * ASCII is looked for as a NUL, which is never there */
	const __m128i d = _mm_set1_epi8((char)((unsigned char)r->delim < 0x80 ?
	    r->delim : 0)), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
	__m128i v;
	unsigned md, ml, m, b;

	for (; j - i >= 16; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		md = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, d));
		ml = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
		for (m = md | ml; m != 0; m &= m - 1) {
			b = (unsigned)__builtin_ctz(m);
			scan_at(r, s, i + b, (ml >> b & 1) != 0, &row, &n);
		}
	}
#endif
	for (; i < j; i++)
		if (r->ends[s[i]] != 0)
			scan_at(r, s, i, r->ends[s[i]] == 2, &row, &n);
}

/* The line a plain block begins inside of goes to libcsv, its whole lines
 * to scan_lines(); returns where libcsv takes over again. */
static size_t
scan_block(struct csvin *r, const unsigned char *s, size_t i, size_t n)
{
	size_t j;

	if (r->p.pstate != 0) {
		for (j = i; j < n && r->ends[s[j]] != 2; j++)
			;
		if (j == n)
			return i;
		parse(r, s, i, j + 1);
		i = j + 1;
	}
	for (j = n; j > i && r->ends[s[j - 1]] != 2; j--)
		;
	scan_lines(r, s, i, j);
	return j;
}

/* Parses one block; errors are reported and the rest of the block still
 * parsed. */
static void
feed(struct csvin *r, const unsigned char *s, size_t n)
{
	size_t i = 0;

	r->plain = plain_block(r, s, n);
	r->fast = r->plain && r->sink != NULL;

	/* still inside a bad line: its end, whatever ended the row before
	 * it, is the first CR or LF */
	if (r->skip_line)
		i = skip_line(r, s, i, n);
	/* a row begun in plain blocks, by fast(), goes on in one that is
	 * not: it began on this line, with no line break in it so far */
	if (!r->fast && r->sink != NULL && r->pub.nf > 0 && !r->row_slow) {
		r->rec_line = r->line;
		r->row_slow = true;
	}
	if (r->fast && r->sink->fast != NULL && !r->libcsv_only &&
	    !r->skip_line)
		i = scan_block(r, s, i, n);
	parse(r, s, i, n);
	if (r->p.entry_pos > CSVIN_MAX_FIELD) {
		if (r->pub.nf == 0)
			r->rec_line = r->line;
		reject(r);
		diag_error(r->d, r->in->name, r->rec_line, "field longer than "
		    "%d bytes", CSVIN_MAX_FIELD);
		parser_reset(r);
		r->skip_line = true;
	}
}

/* At the end of the input: an open quote is an error, an open row without
 * a final line end is complete. */
static void
finish(struct csvin *r)
{
	if (input_refused(r->in)) {
		/* the text ends where the refusal begins: a row it cuts short
		 * is not one, and the refusal is said on the line it is on */
		r->skip_line = false;
		parser_reset(r);
		input_refusal(r->in, r->line, r->d);
		return;
	}
	if (r->skip_line) {
		r->skip_line = false;
		parser_reset(r);
		return;
	}
	if (csv_fini(&r->p, on_field, on_row, r) != 0) {
		if (r->pub.nf == 0)
			r->rec_line = r->line;
		reject(r);
		diag_error(r->d, r->in->name, r->rec_line, "quoted field not "
		    "closed before the end of the input");
		parser_reset(r);
	}
}

/* The delimiter of the header line s: of comma, semicolon and tab, the
 * one it has most of outside quotes; a comma when it has none. */
static int
header_delim(const unsigned char *s, size_t n)
{
	size_t i, comma = 0, semi = 0, tab = 0;
	bool quoted = false;

	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (s[i] == '\n' || s[i] == '\r')
			break;
		else if (s[i] == ',')
			comma++;
		else if (s[i] == ';')
			semi++;
		else if (s[i] == '\t')
			tab++;
	}
	if (semi > comma && semi >= tab)
		return ';';
	return tab > comma && tab > semi ? '\t' : ',';
}

/* The first block, of n bytes: the delimiter, unless -d gave it, is the
 * header's, or the one a first line "sep=;" names (as spreadsheets write
 * it), which is then passed over.  Returns where parsing starts. */
static size_t
begin(struct csvin *r, size_t n)
{
	const unsigned char *s = r->buf;
	size_t skip = 0;

	r->started = true;
	/* a NUL names no delimiter: it is how the reader says none is known */
	if (n >= 5 && memcmp(s, "sep=", 4) == 0 && s[4] != '"' &&
	    s[4] != '\n' && s[4] != '\r' && s[4] != '\0' &&
	    (n == 5 || s[5] == '\n' || s[5] == '\r')) {
		if (r->delim == 0)
			r->delim = s[4];
		skip = skip_line(r, s, 0, n);
		r->skip_line = false;
	} else if (r->delim == 0)
		r->delim = header_delim(s, n);
	csv_set_delim(&r->p, (unsigned char)r->delim);
	r->ends[(unsigned char)r->delim] = 1;
	r->ends['\n'] = r->ends['\r'] = 2;
	return skip;
}

/* Reads blocks until a row is queued; false at the end of the input. */
static bool
refill(struct csvin *r)
{
	size_t n, skip, kept, base, i;

	/* the queue is empty: its storage is reused, keeping the fields the
	 * open row has stored so far at the front */
	kept = r->pub.nf > 0 ? r->nfields - r->rec_first : 0;
	base = kept > 0 ? r->fields[r->rec_first].off : r->datalen;
	if (kept > 0) {
		memmove(r->data, r->data + base, r->datalen - base);
		for (i = 0; i < kept; i++) {
			r->fields[i] = r->fields[r->rec_first + i];
			r->fields[i].off -= base;
		}
	}
	r->datalen = kept > 0 || r->pub.nf > 0 ? r->datalen - base : 0;
	r->nfields = kept;
	r->rec_first = 0;
	r->nrows = r->next = 0;
	while (r->nrows == 0) {
		if (r->eof)
			return false;
		n = input_read(r->in, r->buf, r->block, r->d);
		if (n == 0 && input_held(r->in)) {
			(void)input_go_on(r->in, -1, r->d);	/* no sink */
			continue;
		}
		if (n == 0) {
			r->eof = true;
			finish(r);
			break;
		}
		skip = r->started ? 0 : begin(r, n);
		feed(r, r->buf + skip, n - skip);
	}
	return r->nrows > 0;
}

/* At the input's hold: the sink takes the rows after it if it can, and
 * the reader goes on past them as if it had read them. */
static void
held(struct csvin *r)
{
	bool clean = r->pub.nf == 0 && !r->bad && !r->skip_line &&
	    !r->prev_cr && r->p.pstate == 0 && r->p.entry_pos == 0 &&
	    !r->p.quoted && !input_refused(r->in);
	long lines;

	if (r->sink->held == NULL) {
		(void)input_go_on(r->in, -1, r->d);
		return;
	}
	lines = r->sink->held(r->sink->arg, clean, r->line);
	r->line += lines;
}

/* Pushes every remaining row to the sink: first those already queued and
 * the open row's fields read so far, then the rest as it is parsed. */
void
csvin_stream(struct csvin *r, const struct csv_sink *sink, struct diag *d)
{
	const struct row *q;
	size_t i, n;

	r->d = d;
	for (; r->next < r->nrows; r->next++) {
		q = &r->rows[r->next];
		if (r->expect != 0 && q->n != r->expect) {
			reject(r);
			diag_error(d, r->in->name, q->line, "%zu fields, the "
			    "header has %zu", q->n, r->expect);
			continue;
		}
		for (i = 0; i < q->n; i++)
			sink->field(sink->arg, i, r->data +
			    r->fields[q->first + i].off,
			    r->fields[q->first + i].len, q->line);
		sink->row(sink->arg, q->n, q->line);
	}
	n = r->pub.nf > 0 && !r->bad ? r->nfields - r->rec_first : 0;
	for (i = 0; i < n; i++)
		sink->field(sink->arg, i, r->data + r->fields[r->rec_first +
		    i].off, r->fields[r->rec_first + i].len, r->rec_line);
	r->nrows = r->next = r->nfields = r->rec_first = r->datalen = 0;
	r->sink = sink;
	r->pub.arg = sink->arg;
	while (!r->eof) {
		n = input_read(r->in, r->buf, r->block, d);
		if (n == 0 && input_held(r->in)) {
			held(r);
			continue;
		}
		if (n == 0) {
			r->eof = true;
			finish(r);
			break;
		}
		i = r->started ? 0 : begin(r, n);
		feed(r, r->buf + i, n - i);
	}
	r->sink = NULL;
}

/* The next row: 1 and the row, 0 at the end.  Bad rows are reported to d
 * and skipped; the rows after them are still read.  The row's text is
 * valid until the next call. */
int
csvin_next(struct csvin *r, struct csvrow *row, struct diag *d)
{
	const struct row *q;
	size_t i;

	r->d = d;
	for (;;) {
		if (r->next == r->nrows && !refill(r))
			return 0;
		q = &r->rows[r->next++];
		/* the width is checked here: the caller sets it after reading
		 * the header, when the block may hold more rows already */
		if (r->expect == 0 || q->n == r->expect)
			break;
		reject(r);
		diag_error(d, r->in->name, q->line, "%zu fields, the header has "
		    "%zu", q->n, r->expect);
	}
	if (q->n > r->capptr) {
		r->capptr = q->n + 32;
		r->ptr = xreallocarray(r->ptr, r->capptr, sizeof(*r->ptr));
		r->lens = xreallocarray(r->lens, r->capptr, sizeof(*r->lens));
	}
	for (i = 0; i < q->n; i++) {
		r->ptr[i] = r->data + r->fields[q->first + i].off;
		r->lens[i] = r->fields[q->first + i].len;
	}
	row->line = q->line;
	row->delim = r->delim;
	row->n = q->n;
	row->f = r->ptr;
	row->len = r->lens;
	return 1;
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

/* Keeps the row's first problem; later ones are not news. */
void
row_problem(struct row_error *e, const char *fmt, ...)
{
	va_list ap;

	if (e->bad)
		return;
	e->bad = true;
	va_start(ap, fmt);
	vsnprintf(e->err, sizeof(e->err), _(fmt), ap);
	va_end(ap);
}
