/* hours-check's engine: the second half of a long shift log read ahead on
 * the helper thread while this one reads the first.
 *
 * The helper takes the plain lines from the half's first line break on:
 * ASCII without quote or NUL, CR only before LF, the header's number of
 * fields, a known case, a usable staff id, a shift that parses.  It stops
 * at the first line that is anything else, and leaves it, and all after
 * it, to the reader.  What it takes, it keeps in the shift store itself,
 * past where the first half's shifts will end, 16 bytes a shift.
 *
 * The reader holds the input at the half (input_hold).  There, when it is
 * at a row's start with nothing open, the shifts the helper kept are
 * taken in order (hours_take: every rule, count, message and staff id as
 * if read here), and the reader goes on from where the helper stopped;
 * otherwise (the half began inside a quoted field) it reads on from the
 * half, and the helper's work is dropped.  Either way the output is the
 * one thread's. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "par.h"
#include "tools/hours_int.h"
#include "xalloc.h"

/* Logs smaller than this are read on one thread. */
#define AHEAD_MIN	(4 * 1024 * 1024)

/* The helper's reads; a longer line stops it. */
#define AHEAD_BUF	(256 * 1024)

/* The reader's share of a log, in percent: it also takes the helper's
 * shifts when the helper is done. */
#define AHEAD_SHARE	45

/* The window read at the half, to find its line break and guess how
 * many rows the first half holds. */
#define AHEAD_PEEK	(64 * 1024)

/* A shift read ahead, where the store will keep it. */
struct early {
	int32_t		start;		/* local civil minutes */
	uint32_t	staff;		/* the helper's index */
	uint32_t	kase;
	uint16_t	len_kind;	/* minutes << 2 | kind */
	uint16_t	stated;		/* hundredths of an hour, or: */
};

#define STATED_NONE	0xffff		/* no hours column */
#define STATED_ASIDE	0xfffe		/* in the asides, by row */
#define STATED_MAX	10000		/* hundredths below 100 hours */

_Static_assert(sizeof(struct early) == sizeof(struct stored),
    "a shift read ahead takes a stored shift's place");
_Static_assert(KIND_COUNT <= 4 && SHIFT_MAX_MINUTES < 1 << 14,
    "a shift's minutes and kind fit 16 bits");

/* Of row j: its line, counted from the half's, where it is not the one
 * after the last row's; or its stated hours, where they are not in
 * hundredths. */
struct aside {
	uint32_t	j;
	long		line;
	double		stated;
};

struct asides {
	struct aside	*v;
	size_t		 n, cap;
};

/* Hours in hundredths as col_hours makes them, from their hundredths;
 * filled before the helper's first job. */
static double hundredths[STATED_MAX];

static void
hundredths_init(void)
{
	unsigned c;

	if (hundredths[1] != 0)
		return;
	for (c = 0; c < STATED_MAX; c++)
		hundredths[c] = shift_hours(c / 100, c % 100);
}

struct readahead {
	struct logread	 lr;		/* the helper's, with its own ids */
	struct actlog	 log;
	int		 fd;
	int64_t		 from;		/* the half's first line */
	int		 delim;
	struct early	*v;		/* in the store, past the first half */
	size_t		 first;		/* where v is in the store */
	size_t		 room, n;
	size_t		 cap;		/* the store's, while limited */
	bool		 dropped;	/* the first half needed the room */
	int64_t		 stop;		/* the line the helper left */
	long		 lines;		/* lines from the half to stop */
	long		 last;		/* the last row's line, from the half */
	struct asides	 lines_at, stated_at;
	uint32_t	*global;	/* helper's staff index -> reader's + 1 */
	unsigned char	*buf;
	size_t		 end[CSVIN_MAX_FIELDS];	/* of the line's fields */
};

static void
aside(struct asides *a, uint32_t j, long line, double stated)
{
	if (a->n == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 64;
		a->v = xreallocarray(a->v, a->cap, sizeof(*a->v));
	}
	a->v[a->n].j = j;
	a->v[a->n].line = line;
	a->v[a->n].stated = stated;
	a->n++;
}

/* Keeps the row just read as a shift; false when it is not one the
 * helper may take. */
static bool
keep(struct readahead *ra, long line)
{
	struct logread *lr = &ra->lr;
	struct shift_row row;
	struct early *e;
	unsigned c;

	if (lr->r.c == NULL || !lr->r.has_staff || lr->r.staff_bad ||
	    shift_end(&lr->p, &lr->sh, &row) != 0 || ra->n == ra->room ||
	    row.start < INT32_MIN || row.start > INT32_MAX)
		return false;
	e = &ra->v[ra->n];
	e->start = (int32_t)row.start;
	e->staff = lr->r.staff;
	e->kase = (uint32_t)lr->r.c->index;
	e->len_kind = (uint16_t)((row.end - row.start) << 2 | row.kind);
	c = row.stated >= 0 && row.stated < 99.995 ?
	    (unsigned)(row.stated * 100 + 0.5) : 0;
	/* the same bits, not only an equal value: -0 is not 0 in print */
	if (row.stated == -1)
		e->stated = STATED_NONE;
	else if (memcmp(&hundredths[c], &row.stated, sizeof(double)) == 0)
		e->stated = (uint16_t)c;
	else {
		e->stated = STATED_ASIDE;
		aside(&ra->stated_at, (uint32_t)ra->n, 0, row.stated);
	}
	if (line != ra->last + 1)
		aside(&ra->lines_at, (uint32_t)ra->n, line, 0);
	ra->last = line;
	ra->n++;
	return true;
}

/* Where the helper is in its buffer: the line and the fields begun, the
 * line's number from the half. */
struct pos {
	size_t	line_at, nf;
	long	line;
};

/* The line ending at the line feed s[k]: its fields, which end at
 * ra->end[], to their handlers, and its row to keep().  False to stop at
 * the line. */
static bool
take_row(struct readahead *ra, const unsigned char *s, size_t k,
    struct pos *p)
{
	struct actlog_row *r = &ra->lr.r;
	size_t end = k > p->line_at && s[k - 1] == '\r' ? k - 1 : k, col, from;
	bool ok;

	if (end == p->line_at) {
		p->line++;	/* a blank line is no row */
		p->line_at = k + 1;
		return true;
	}
	if (p->nf + 1 != r->ncols)
		return false;	/* not the header's number of fields */
	ra->end[p->nf] = end;
	/* actlog_fast_row's loop, on ends counted from the buffer's start
	 * rather than the row's: no subtraction a field in the scan (10
	 * million instructions on the bench's million rows) */
	for (col = 0, from = p->line_at; col < r->ncols; col++) {
		r->fn[col](r, (const char *)s + from, ra->end[col] - from);
		from = ra->end[col] + 1;
	}
	ok = keep(ra, p->line);
	shift_begin(&ra->lr.p);
	actlog_row_reset(r);
	if (!ok)
		return false;
	p->line++;
	p->line_at = k + 1;
	p->nf = 0;
	return true;
}

/* The delimiter at s[k] ends a field of the line. */
static inline void
field_end(struct readahead *ra, size_t k, struct pos *p)
{
	if (p->nf < CSVIN_MAX_FIELDS)
		ra->end[p->nf] = k;
	p->nf++;
}

/* Whether the scan looks at c: a delimiter, a line feed, or a byte a
 * line the helper takes cannot hold (quote, NUL, >= 0x80, CR but before
 * LF). */
static inline bool
scanned(const struct readahead *ra, unsigned char c)
{
	return c == ra->delim || c == '\n' || c == '\r' || c == '"' ||
	    c == '\0' || c >= 0x80;
}

/* The byte s[k] of n, one scanned(); false to stop at its line. */
static bool
take_odd(struct readahead *ra, const unsigned char *s, size_t k, size_t n,
    struct pos *p)
{
	if (s[k] == ra->delim) {
		field_end(ra, k, p);
		return true;
	}
	if (s[k] == '\n')
		return take_row(ra, s, k, p);
	return s[k] == '\r' && (k + 1 == n || s[k + 1] == '\n');
}

/* Takes the lines of s[0..n), which ends with a line feed, sixteen bytes
 * at a time where SSE2 is: delimiters and line feeds by their bits, the
 * sixteen bytes one at a time when one of them is any other byte the scan
 * stops at.  Returns where the line it stops at begins (*stopped), or n. */
static size_t
take_lines(struct readahead *ra, const unsigned char *s, size_t n,
    struct pos *p, bool *stopped)
{
	size_t i = 0, k, j;
#if defined(__SSE2__)
	const __m128i d = _mm_set1_epi8((char)ra->delim),
	    lf = _mm_set1_epi8('\n'), q = _mm_set1_epi8('"'),
	    z = _mm_setzero_si128(), cr = _mm_set1_epi8('\r');
	__m128i v;
	unsigned m, odd;

	for (; n - i >= 16; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		odd = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, z)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, cr), v)));
		if (odd != 0) {
			for (j = i; j < i + 16; j++)
				if (scanned(ra, s[j]) &&
				    !take_odd(ra, s, j, n, p))
					goto stop;
			continue;
		}
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)));
		for (; m != 0; m &= m - 1) {
			k = i + (size_t)__builtin_ctz(m);
			if (s[k] != '\n')
				field_end(ra, k, p);
			else if (!take_row(ra, s, k, p))
				goto stop;
		}
	}
#endif
	for (; i < n; i++)
		if (scanned(ra, s[i]) && !take_odd(ra, s, i, n, p))
			goto stop;
	return p->line_at;
stop:
	*stopped = true;
	return p->line_at;
}

/* The helper's job: lines from the half on, until one it cannot take or
 * the end of what it can read; where it stopped, in bytes and lines. */
static void
read_ahead(void *arg, size_t k, unsigned worker)
{
	struct readahead *ra = arg;
	struct pos p = { 0, 0, 0 };
	int64_t at = ra->from;
	size_t have = 0, used = 0, whole;
	bool stopped = false;
	ssize_t got;

	(void)k;
	(void)worker;
	while (!stopped) {
		got = pread(ra->fd, ra->buf + have, AHEAD_BUF - have,
		    (off_t)(at + (int64_t)have));
		if (got <= 0)
			break;
		have += (size_t)got;
		for (whole = have; whole > 0 && ra->buf[whole - 1] != '\n';
		    whole--)
			;
		if (whole == 0 && have == AHEAD_BUF)
			break;		/* a line longer than a read */
		p.line_at = p.nf = 0;
		used = take_lines(ra, ra->buf, whole, &p, &stopped);
		if (!stopped) {
			memmove(ra->buf, ra->buf + whole, have - whole);
			have -= whole;
			at += (int64_t)whole;
			used = 0;
		}
	}
	ra->stop = at + (int64_t)used;
	ra->lines = p.line;
}

/* Where the half's first line begins, from a window of the file read at
 * its middle, and the rows before it (with some to spare); -1 when the
 * window has no line break. */
static int64_t
half_line(int fd, int64_t lo, int64_t size, size_t *rows)
{
	unsigned char *b = xmalloc(AHEAD_PEEK);
	int64_t mid = lo + (size - lo) * AHEAD_SHARE / 100, at = -1;
	ssize_t got = pread(fd, b, AHEAD_PEEK, (off_t)mid);
	size_t i, breaks = 0, first = 0;

	for (i = 0; got > 0 && i < (size_t)got; i++)
		if (b[i] == '\n' && breaks++ == 0)
			first = i;
	if (breaks >= 2) {
		at = mid + (int64_t)first + 1;
		/* a row a line, at the window's density, and 6 % more */
		*rows = (size_t)((double)at * (double)breaks / (double)got *
		    1.06) + 64;
	}
	free(b);
	return at;
}

/* After a log's header: its second half goes to the helper, when the log
 * is a long regular file and there is a helper. */
void
ahead_begin(struct logread *lr, int delim)
{
	struct hours *h = lr->h;
	struct input *in = lr->in;
	struct readahead *ra;
	int64_t at;
	size_t rows;

	if (h->ahead != NULL || in->size < AHEAD_MIN || in->pos < 0 ||
	    !par_enabled() || delim >= 0x80 || delim == '"' ||
	    delim == '\n' || delim == '\r' || delim == '\0')
		return;
	if ((at = half_line(fileno(in->fp), in->pos, in->size, &rows)) < 0 ||
	    h->ts.n + 2 * rows >= h->cap || input_hold(in, at) != 0)
		return;
	hundredths_init();
	ra = xcalloc(1, sizeof(*ra));
	ra->lr = *lr;
	actlog_init(&ra->log, h->set);
	ra->log.files[lr->r.file] = h->log.files[lr->r.file];
	ra->log.nfiles = (size_t)lr->r.file + 1;
	ra->lr.r.log = &ra->log;
	ra->lr.r.d = NULL;
	shift_begin(&ra->lr.p);
	actlog_row_reset(&ra->lr.r);
	ra->fd = fileno(in->fp);
	ra->from = at;
	ra->delim = delim;
	ra->first = h->ts.n + rows;
	ra->v = (struct early *)(void *)(h->ts.v + ra->first);
	ra->room = h->cap - ra->first;
	ra->cap = h->cap;
	ra->last = -1;
	ra->buf = xmalloc(AHEAD_BUF);
	h->cap = ra->first;	/* the first half's, until the hold */
	h->ahead = ra;
	if (!par_async(read_ahead, ra)) {
		ra->dropped = true;
		ahead_room(h);
	}
}

/* The first half's shifts have reached the read-ahead's: its work is
 * dropped, and the store has its room back. */
void
ahead_room(struct hours *h)
{
	struct readahead *ra = h->ahead;

	par_await();
	ra->dropped = true;
	h->cap = ra->cap;
}

/* Row j's line, from the half's, and stated hours. */
static void
early_row(const struct readahead *ra, const struct early *e, uint32_t j,
    size_t *li, size_t *si, long *line, struct shift_row *row)
{
	int len = e->len_kind >> 2;

	if (*li < ra->lines_at.n && ra->lines_at.v[*li].j == j)
		*line = ra->lines_at.v[(*li)++].line;
	else
		++*line;
	row->start = e->start;
	row->end = row->start + len;
	row->day = datetime_date(row->start);
	row->kind = (enum shift_kind)(e->len_kind & 3);
	if (e->stated == STATED_NONE)
		row->stated = -1;
	else if (e->stated == STATED_ASIDE)
		row->stated = ra->stated_at.v[(*si)++].stated;
	else
		row->stated = hundredths[e->stated];
}

/* The shifts read ahead, taken in order as the reader would have: the
 * store at the half is where they are, and where they go. */
static void
take_early(struct readahead *ra, struct logread *lr, long base)
{
	struct hours *h = lr->h;
	struct shift_row row;
	struct early e;
	uint32_t j;
	size_t li = 0, si = 0;
	long line = -1;

	memset(&row, 0, sizeof(row));
	ra->global = xcalloc(ra->log.nstaff + 1, sizeof(*ra->global));
	for (j = 0; j < ra->n; j++) {
		/* copied out as bytes: the store may take its place */
		memcpy(&e, (const unsigned char *)(ra->v + j), sizeof(e));
		early_row(ra, &e, j, &li, &si, &line, &row);
		if (ra->global[e.staff] == 0)
			ra->global[e.staff] = hours_staff_index(h,
			    ra->log.staff[e.staff],
			    strlen(ra->log.staff[e.staff])) + 1;
		h->log.read++;
		hours_take(h, &h->ts.cases[e.kase], &row,
		    ra->global[e.staff] - 1, lr->r.file, base + line, lr->r.d);
	}
}

/* The reader at the hold, on line `line`, clean when at a row's start:
 * the rows read ahead are taken, and the reader goes on past them; the
 * lines they were on. */
long
ahead_held(struct logread *lr, bool clean, long line)
{
	struct hours *h = lr->h;
	struct readahead *ra = h->ahead;

	if (ra == NULL) {
		(void)input_go_on(lr->in, -1, lr->r.d);
		return 0;
	}
	par_await();
	h->cap = ra->cap;
	if (!clean || ra->dropped) {
		ra->dropped = true;
		(void)input_go_on(lr->in, -1, lr->r.d);
		return 0;
	}
	/* a log that cannot be read on from there has a read error, said
	 * once, and no more rows */
	if (input_go_on(lr->in, ra->stop, lr->r.d) != 0)
		return 0;
	take_early(ra, lr, line);
	return ra->lines;
}

/* After the log: the helper done, its state freed. */
void
ahead_end(struct hours *h)
{
	struct readahead *ra = h->ahead;

	if (ra == NULL)
		return;
	par_await();
	h->cap = ra->cap;
	actlog_free(&ra->log);
	free(ra->lines_at.v);
	free(ra->stated_at.v);
	free(ra->global);
	free(ra->buf);
	free(ra);
	h->ahead = NULL;
}
