#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "columns.h"
#include "csvin.h"
#include "report.h"
#include "util.h"
#include "xalloc.h"

struct rows {
	char	out[8192];	/* "line:field|field|...\n" per row */
	size_t	len;
};

/* Reads text as a CSV file; every row as "LINE:f1|f2|...". */
static void
read_rows(const char *text, size_t len, size_t expect, struct rows *r,
    struct capture *cap)
{
	struct input in;
	struct csvin *c;
	struct csvrow row;
	FILE *fp = fmemopen((void *)text, len, "rb");
	size_t i;

	ck_assert_ptr_nonnull(fp);
	memset(&in, 0, sizeof(in));
	in.name = "t.csv";
	in.fp = fp;
	capture_init(cap);
	r->len = 0;
	r->out[0] = '\0';
	c = csvin_open(&in);
	csvin_expect(c, expect);
	while (csvin_next(c, &row, &cap->d) == 1) {
		r->len += (size_t)snprintf(r->out + r->len,
		    sizeof(r->out) - r->len, "%ld:", row.line);
		for (i = 0; i < row.n; i++)
			r->len += (size_t)snprintf(r->out + r->len,
			    sizeof(r->out) - r->len, "%s%s", i ? "|" : "",
			    row.f[i]);
		r->len += (size_t)snprintf(r->out + r->len,
		    sizeof(r->out) - r->len, "\n");
	}
	csvin_close(c);
	fclose(fp);
}

#define ROWS(text, expect, want, errs) do {				\
	struct rows r_;							\
	struct capture c_;						\
	read_rows(text, sizeof(text) - 1, expect, &r_, &c_);		\
	ck_assert_str_eq(r_.out, want);					\
	ck_assert_str_eq(c_.buf, errs);					\
} while (0)

START_TEST(line_numbers)
{
	ROWS("a,b\n1,2\n\n3,\"x\ny\"\n4,5\n", 0,
	    "1:a|b\n2:1|2\n4:3|x\ny\n6:4|5\n", "");
	/* CRLF, CR alone, no final newline */
	ROWS("a,b\r\n1,2\r\n3,4", 0, "1:a|b\n2:1|2\n3:3|4\n", "");
	ROWS("a,b\r1,2\r\r3,4\r", 0, "1:a|b\n2:1|2\n4:3|4\n", "");
	ROWS("a,\"b\r\nc\"\r\nd,e\r\n", 0, "1:a|b\r\nc\n3:d|e\n", "");
}
END_TEST

START_TEST(bom_and_spaces)
{
	ROWS("\xef\xbb\xbf" "case, regime \n K-1 ,se-pa\n", 0,
	    "1:case| regime \n2: K-1 |se-pa\n", "");
	ROWS("a,b\n\xef\xbb\xbfx,y\n", 0, "1:a|b\n2:\xef\xbb\xbfx|y\n", "");
	ROWS("a,b\n\"\",\" q \"\n", 0, "1:a|b\n2:| q \n", "");
}
END_TEST

START_TEST(bad_rows_are_reported_and_skipped)
{
	ROWS("a,b\n1,2,3\n4,5\n6\n7,8\n", 2, "1:a|b\n3:4|5\n5:7|8\n",
	    "t.csv:2: 3 fields, the header has 2\n"
	    "t.csv:4: 1 fields, the header has 2\n");
	ROWS("a,b\n1,x\"y\n2,3\n\"q\"z,4\n5,6\n", 2, "1:a|b\n3:2|3\n5:5|6\n",
	    "t.csv:2: malformed quoting (a quote inside an unquoted field, or "
	    "text after a closing quote)\n"
	    "t.csv:4: malformed quoting (a quote inside an unquoted field, or "
	    "text after a closing quote)\n");
	ROWS("a,b\n1,2\n3,\"open\n4,5\n", 2, "1:a|b\n2:1|2\n",
	    "t.csv:3: quoted field not closed before the end of the input\n");
	/* a file not in UTF-8 is refused from there, once (see input.c) */
	ROWS("a,b\n1,\xff\n2,3\n", 2, "1:a|b\n",
	    "t.csv:2: not UTF-8 (byte 0xFF); if the file is Windows-1252, as "
	    "Excel saves it, use --encoding cp1252\n");
	ROWS("a,b\n1,x\0y\n2,3\n", 2, "1:a|b\n3:2|3\n",
	    "t.csv:2: field 2: NUL byte in the data\n");
}
END_TEST

START_TEST(limits)
{
	size_t n = CSVIN_MAX_FIELD + 100, i;
	char *big = xmalloc(n + 64);
	struct rows r;
	struct capture c;

	memcpy(big, "a,b\n1,", 6);
	memset(big + 6, 'x', n);
	memcpy(big + 6 + n, "\n2,3\n", 5);
	read_rows(big, n + 11, 2, &r, &c);
	ck_assert_str_eq(r.out, "1:a|b\n3:2|3\n");
	ck_assert_str_eq(c.buf, "t.csv:2: field longer than 1048576 bytes\n");
	/* more fields than a row may have */
	memcpy(big, "a\n", 2);
	for (i = 0; i < 3000; i++)
		big[2 + i] = (i % 2) ? ',' : 'x';
	memcpy(big + 3002, "\nz\n", 3);
	read_rows(big, 3005, 0, &r, &c);
	ck_assert_str_eq(r.out, "1:a\n3:z\n");
	ck_assert_str_eq(c.buf, "t.csv:2: more than 1024 fields in a row\n");
	free(big);
}
END_TEST

START_TEST(header_one_message)
{
	static const char *const names[] = { "case", "staff", "date" };
	static const struct header_spec spec = { "shift table", CT_TIMESHEET,
	    names, 3, 3 };
	struct input in;
	struct csvin *c;
	struct csvrow row;
	struct capture cap;
	int map[8];
	const char text[] = "case,stafff,date,case\n";
	FILE *fp = fmemopen((void *)text, sizeof(text) - 1, "rb");

	memset(&in, 0, sizeof(in));
	in.name = "h.csv";
	in.fp = fp;
	capture_init(&cap);
	c = csvin_open(&in);
	ck_assert_int_eq(csvin_next(c, &row, &cap.d), 1);
	ck_assert_int_eq(header_map(&row, "h.csv", &spec, NULL, map, &cap.d),
	    -1);
	ck_assert_int_eq(map[0], 0);
	ck_assert_int_eq(map[1], -1);
	ck_assert_int_eq(map[2], 2);
	ck_assert_int_eq(map[3], -1);
	ck_assert_str_eq(cap.buf, "h.csv:1: shift table header: no staff "
	    "column (nearest seen: 'stafff'), two case columns ('case' and "
	    "'case'); needed: case, staff (English, Swedish or Danish names, "
	    "or a column map in the profile)\n");
	csvin_close(c);
	fclose(fp);
}
END_TEST

/* JSON text with the white space outside strings removed. */
static void
squeeze(const char *s, char *out)
{
	bool in = false;

	for (; *s != '\0'; s++) {
		if (in) {
			*out++ = *s;
			if (*s == '\\' && s[1] != '\0')
				*out++ = *++s;
			else if (*s == '"')
				in = false;
		} else if (*s == '"') {
			in = true;
			*out++ = *s;
		} else if (*s != ' ' && *s != '\n' && *s != '\r' && *s != '\t')
			*out++ = *s;
	}
	*out = '\0';
}

/* Every csv-spectrum case reads to exactly its JSON. */
START_TEST(csv_spectrum)
{
	char dir[512], path[1024], name[256], *want, *got, *sq;
	struct capture cap;
	struct dirent *e;
	struct csvrow row;
	struct csvin *c;
	struct input in;
	char **header = NULL;
	size_t len, glen, nh = 0, i;
	FILE *out;
	DIR *dp;
	int cases = 0, first;

	snprintf(dir, sizeof(dir), "%s/csv-spectrum/csvs", suites_dir());
	dp = opendir(dir);
	ck_assert_msg(dp != NULL, "no %s", dir);
	while ((e = readdir(dp)) != NULL) {
		len = strlen(e->d_name);
		if (len < 5 || strcmp(e->d_name + len - 4, ".csv") != 0)
			continue;
		snprintf(name, sizeof(name), "%.*s", (int)len - 4, e->d_name);
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		capture_init(&cap);
		ck_assert_int_eq(input_open(&in, path, &cap.d), 0);
		c = csvin_open(&in);
		out = open_memstream(&got, &glen);
		fputc('[', out);
		nh = 0;
		first = 1;
		while (csvin_next(c, &row, &cap.d) == 1) {
			if (nh == 0) {
				nh = row.n;
				header = xcalloc(nh, sizeof(*header));
				for (i = 0; i < nh; i++)
					header[i] = xstrdup(row.f[i]);
				csvin_expect(c, nh);
				continue;
			}
			fputs(first ? "{" : ",{", out);
			first = 0;
			for (i = 0; i < row.n; i++) {
				if (i > 0)
					fputc(',', out);
				json_write_string(out, header[i]);
				fputc(':', out);
				json_write_string(out, row.f[i]);
			}
			fputc('}', out);
		}
		fputc(']', out);
		fclose(out);
		csvin_close(c);
		input_close(&in);
		ck_assert_msg(cap.len == 0, "%s: %s", name, cap.buf);
		snprintf(path, sizeof(path), "%s/csv-spectrum/json/%s.json",
		    suites_dir(), name);
		want = read_file(path, &len);
		ck_assert_ptr_nonnull(want);
		sq = xmalloc(len + 1);
		squeeze(want, sq);
		ck_assert_msg(strcmp(sq, got) == 0, "%s:\nwant %s\ngot  %s",
		    name, sq, got);
		free(sq);
		free(want);
		free(got);
		for (i = 0; i < nh; i++)
			free(header[i]);
		free(header);
		header = NULL;
		cases++;
	}
	closedir(dp);
	ck_assert_int_eq(cases, 11);
}
END_TEST

struct pushed {
	unsigned long	rows, dropped;
	bool		high;	/* a field with a byte >= 0x80 came through */
};

static void
check_field(struct pushed *p, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			p->high = true;
}

static void
push_field(void *arg, size_t col, const char *s, size_t len, long line)
{
	(void)col;
	(void)line;
	check_field(arg, s, len);
}

static void
push_fast(void *s, size_t len, void *reader)
{
	struct csvin_fast *rf = reader;

	rf->nf++;
	check_field(rf->arg, s, len);
}

static void
push_row(void *arg, size_t n, long line)
{
	(void)n;
	(void)line;
	((struct pushed *)arg)->rows++;
}

static void
push_drop(void *arg)
{
	((struct pushed *)arg)->dropped++;
}

/* A field begun in a block that is not plain and ended in a plain one
 * is looked at as a whole (found by fuzzing: its bytes went through the
 * plain path unchecked).  The first block is the 4096-byte head. */
START_TEST(field_across_blocks)
{
	static char text[8192];
	struct pushed p = { 0, 0, false };
	struct csv_sink sink = { push_field, push_row, push_drop, push_fast,
	    &p, NULL, NULL };
	struct capture cap;
	struct input in;
	struct csvin *c;
	size_t len = 0;
	int k;

	len += (size_t)snprintf(text, sizeof(text), "a,b\n");
	while (len < 4096 - 8)
		len += (size_t)snprintf(text + len, sizeof(text) - len,
		    "x,y\n");
	/* the head ends three bytes into "\x84\x84\x84K-1" */
	while (len < 4092)
		text[len++] = 'z';
	text[len++] = ',';
	memcpy(text + len, "\x84\x84\x84K-1\n", 7);
	len += 7;
	for (k = 0; k < 100; k++)
		len += (size_t)snprintf(text + len, sizeof(text) - len,
		    "p,q\n");
	capture_init(&cap);
	ck_assert_int_eq(input_mem(&in, "t.csv", text, len, &cap.d), 0);
	c = csvin_open(&in);
	csvin_stream(c, &sink, &cap.d);
	ck_assert(!p.high);
	/* the input is refused where the bytes are, on its line; the row
	 * they cut short is no row */
	ck_assert_uint_eq(csvin_rejected(c), 0);
	ck_assert_str_eq(cap.buf, "t.csv:1023: not UTF-8 (byte 0x84); if the "
	    "file is Windows-1252, as Excel saves it, use --encoding cp1252\n");
	csvin_close(c);
	input_close(&in);
}
END_TEST

static long row_lines[8];
static size_t nrow_lines;

static void
line_row(void *arg, size_t n, long line)
{
	(void)arg;
	(void)n;
	if (nrow_lines < 8)
		row_lines[nrow_lines++] = line;
}

/* The header pulled, the rest pushed: the first pushed row, begun in the
 * pulled block and ended in the next one by the plain path, is on its
 * own line, not on the header's (found by the hostile corpus). */
START_TEST(lines_after_the_header)
{
	static char text[16384];
	struct pushed p = { 0, 0, false };
	struct csv_sink sink = { push_field, line_row, push_drop, push_fast,
	    &p, NULL, NULL };
	struct capture cap;
	struct csvrow row;
	struct input in;
	struct csvin *c;
	size_t len;

	len = (size_t)snprintf(text, sizeof(text), "a,b\n");
	memset(text + len, 'x', 10000);
	len += 10000;
	len += (size_t)snprintf(text + len, sizeof(text) - len, ",y\np,q\n");
	capture_init(&cap);
	ck_assert_int_eq(input_mem(&in, "t.csv", text, len, &cap.d), 0);
	c = csvin_open(&in);
	ck_assert_int_eq(csvin_next(c, &row, &cap.d), 1);
	ck_assert_int_eq(row.line, 1);
	nrow_lines = 0;
	csvin_stream(c, &sink, &cap.d);
	ck_assert_uint_eq(nrow_lines, 2);
	ck_assert_int_eq(row_lines[0], 2);
	ck_assert_int_eq(row_lines[1], 3);
	ck_assert_str_eq(cap.buf, "");
	csvin_close(c);
	input_close(&in);
}
END_TEST

/* The plain-block scan against libcsv alone, as a trace of fields (with
 * the fast path's counted column) and rows (with their lines). */
struct trace {
	char	out[16384];
	size_t	len;
};

static void
trace_put(struct trace *t, const char *fmt, long a, const char *s, size_t n)
{
	t->len += (size_t)snprintf(t->out + t->len, sizeof(t->out) - t->len,
	    fmt, a, (int)n, s);
}

static void
trace_field(void *arg, size_t col, const char *s, size_t len, long line)
{
	(void)line;
	trace_put(arg, "%ld=%.*s|", (long)col, s, len);
}

static void
trace_fast(void *s, size_t len, void *reader)
{
	struct csvin_fast *rf = reader;

	trace_put(rf->arg, "%ld=%.*s|", (long)rf->nf++, s, len);
}

/* The scan's rows, a row at a time, traced as trace_fast traces them. */
static void
trace_fast_row(void *arg, const char *row, const uint32_t *end, size_t n)
{
	size_t k, from = 0;

	for (k = 0; k < n; from = end[k++] + 1)
		trace_put(arg, "%ld=%.*s|", (long)k, row + from, end[k] - from);
}

static bool by_rows;	/* the scan's rows to trace_fast_row */

static void
trace_row(void *arg, size_t n, long line)
{
	(void)n;
	trace_put(arg, "@%ld\n", line, "", 0);
}

static void
trace_drop(void *arg)
{
	trace_put(arg, "drop%ld\n", 0, "", 0);
}

/* text of len bytes pushed in blocks of block bytes, by the scan or by
 * libcsv alone; what it said must be errs. */
static void
trace_errs(const char *text, size_t len, size_t block, bool libcsv_only,
    struct trace *t, const char *errs)
{
	struct csv_sink sink = { trace_field, trace_row, trace_drop,
	    trace_fast, t, by_rows ? trace_fast_row : NULL, NULL };
	struct capture cap;
	struct input in;
	struct csvin *c;

	t->len = 0;
	t->out[0] = '\0';
	capture_init(&cap);
	ck_assert_int_eq(input_mem(&in, "t.csv", text, len, &cap.d), 0);
	c = csvin_open(&in);
	csvin_tune(c, libcsv_only, block);
	csvin_stream(c, &sink, &cap.d);
	ck_assert_str_eq(cap.buf, errs);
	csvin_close(c);
	input_close(&in);
}

static void
trace_text(const char *text, size_t block, bool libcsv_only, struct trace *t)
{
	trace_errs(text, strlen(text), block, libcsv_only, t, "");
}

/* A bad line skipped across blocks ends at its own line end, even when
 * the row before it ended with a bare CR (the LF that begins the next
 * block is not that CR's): no row after it is lost (found by review). */
START_TEST(skip_after_cr)
{
	static const char text[] = "h\na\rx\"yy\nb\nc\n";
	struct trace t;
	int only;

	for (only = 0; only <= 1; only++) {
		trace_errs(text, sizeof(text) - 1, 8, only, &t, "t.csv:3: "
		    "malformed quoting (a quote inside an unquoted field, or "
		    "text after a closing quote)\n");
		ck_assert_str_eq(t.out, "0=h|@1\n0=a|@2\n0=b|@4\n0=c|@5\n");
	}
}
END_TEST

/* A row begun in a plain block and ended in one that is not is said on
 * the line it began on: a NUL in it, and a quoted line break in it. */
START_TEST(row_into_a_block_not_plain)
{
	static const char nul[] = "h,i\nabc,x\0y\nz,w\n";
	static const char br[] = "h,i\nabc,\"x\ny\"\nz,w\n";
	struct trace t;

	trace_errs(nul, sizeof(nul) - 1, 8, false, &t, "t.csv:2: field 2: "
	    "NUL byte in the data\n");
	ck_assert_str_eq(t.out, "0=h|1=i|@1\n0=abc|drop0\n0=z|1=w|@3\n");
	trace_errs(br, sizeof(br) - 1, 8, false, &t, "");
	ck_assert_str_eq(t.out, "0=h|1=i|@1\n0=abc|1=x\ny|@2\n0=z|1=w|@4\n");
}
END_TEST

/* Whole lines of plain blocks are split by the scan, the line a block
 * begins or ends inside of by libcsv: the same fields, rows and lines
 * wherever the blocks end, a CRLF split between two among them. */
START_TEST(scan_block_boundaries)
{
	static const char *const texts[] = {
		"a,b\r\n1,\r\n\r\n,2\n3,4",
		"case;staff;start\nK-1;S-1;08:00\n\n\nK-2;;\r\r\n;;\n",
		"a\tb\n x \t y \n\t\n",
		"a,b\n1,2\n\"q\",3\n4,5\n6,\"x\ny\"\n7,8\n9,10\n",
	};
	struct trace scan, lib;
	size_t i, block;
	int rows;

	for (rows = 0; rows <= 1; rows++) {
		by_rows = rows;
		for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
			for (block = 8; block <= 48; block++) {
				trace_text(texts[i], block, false, &scan);
				trace_text(texts[i], block, true, &lib);
				ck_assert_str_eq(scan.out, lib.out);
			}
		trace_text(texts[0], 9, false, &scan);
		ck_assert_str_eq(scan.out, "0=a|1=b|@1\n0=1|1=|@2\n0=|1=2|@4\n"
		    "0=3|1=4|@5\n");
	}
	by_rows = false;
}
END_TEST

/* A row of the scan with more fields than a row may have: its first
 * CSVIN_MAX_FIELDS go to fast_row(), and it is dropped and said, as
 * libcsv's path says it. */
START_TEST(scan_row_too_wide)
{
	static char text[4096], want[16384];
	struct trace t;
	size_t len, k, n = 0;

	len = (size_t)snprintf(text, sizeof(text), "a\n");
	memset(text + len, ',', 1100);
	len += 1100;
	len += (size_t)snprintf(text + len, sizeof(text) - len, "\nb\n");
	by_rows = true;
	trace_errs(text, len, 0, false, &t, "t.csv:2: more than 1024 fields "
	    "in a row\n");
	by_rows = false;
	n += (size_t)snprintf(want, sizeof(want), "0=a|@1\n");
	for (k = 0; k < 1024; k++)
		n += (size_t)snprintf(want + n, sizeof(want) - n, "%zu=|", k);
	snprintf(want + n, sizeof(want) - n, "drop0\n0=b|@3\n");
	ck_assert_str_eq(t.out, want);
}
END_TEST

/* A reader held at a line break (input_hold): the sink's held() is told
 * whether the reader is at a row's start, and its line; the reader goes
 * on from where held() moved the input, its lines counted on by those
 * held() says it passed over. */
struct hold {
	struct input	*in;
	struct capture	*cap;
	int64_t		 skip_to;	/* where held() moves the input */
	long		 skip_lines;
	int		 calls;
	bool		 clean;
	long		 line, rows, after, last;
};

static void
hold_field(void *arg, size_t col, const char *s, size_t len, long line)
{
	(void)arg;
	(void)col;
	(void)s;
	(void)len;
	(void)line;
}

static void
hold_fast(void *s, size_t len, void *reader)
{
	(void)s;
	(void)len;
	((struct csvin_fast *)reader)->nf++;
}

static void
hold_row(void *arg, size_t n, long line)
{
	struct hold *h = arg;

	(void)n;
	h->rows++;
	if (h->calls > 0 && h->after == 0)
		h->after = line;
	h->last = line;
}

static void
hold_drop(void *arg)
{
	(void)arg;
}

static long
hold_held(void *arg, bool clean, long line)
{
	struct hold *h = arg;
	bool skip = clean && h->skip_to >= 0;

	h->calls++;
	h->clean = clean;
	h->line = line;
	ck_assert_int_eq(input_go_on(h->in, skip ? h->skip_to : -1,
	    &h->cap->d), 0);
	return skip ? h->skip_lines : 0;
}

/* Reads a file of 6,000 lines held at the start of line 4001, whose
 * line 4000 opens a quoted field when quoted; held() moves the input to
 * line 4001 + skip when skip > 0. */
static void
read_held(bool quoted, long skip, struct hold *h)
{
	struct csv_sink sink = { hold_field, hold_row, hold_drop, hold_fast,
	    h, NULL, hold_held };
	char path[] = "/tmp/caretools-hold.XXXXXX";
	int64_t at = 0, to = -1, off = 0;
	struct capture cap;
	struct csvrow row;
	struct input in;
	struct csvin *c;
	FILE *fp;
	long k;
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	fp = fdopen(fd, "w");
	off += fprintf(fp, "a,b\n");
	for (k = 2; k <= 6000; k++) {
		if (k == 4001)
			at = off;
		if (k == 4001 + skip)
			to = off;
		if (quoted && k == 4000)
			off += fprintf(fp, "\"p\n");
		else if (quoted && k == 4001)
			off += fprintf(fp, "q\",r\n");
		else
			off += fprintf(fp, "x,%ld\n", k);
	}
	fclose(fp);
	memset(h, 0, sizeof(*h));
	capture_init(&cap);
	h->in = &in;
	h->cap = &cap;
	h->skip_to = skip > 0 ? to : -1;
	h->skip_lines = skip;
	ck_assert_int_eq(input_open(&in, path, &cap.d), 0);
	c = csvin_open(&in);
	ck_assert_int_eq(csvin_next(c, &row, &cap.d), 1);
	ck_assert_int_eq(row.delim, ',');
	csvin_expect(c, 2);
	ck_assert_int_eq(input_hold(&in, at), 0);
	csvin_stream(c, &sink, &cap.d);
	ck_assert_str_eq(cap.buf, "");
	csvin_close(c);
	input_close(&in);
	unlink(path);
}

START_TEST(held_at_a_line_break)
{
	struct hold h;

	read_held(false, 0, &h);
	ck_assert_int_eq(h.calls, 1);
	ck_assert(h.clean);
	ck_assert_int_eq(h.line, 4001);
	ck_assert_int_eq(h.rows, 5999);
	ck_assert_int_eq(h.after, 4001);
	ck_assert_int_eq(h.last, 6000);
	/* the sink took ten lines itself: the reader goes on past them */
	read_held(false, 10, &h);
	ck_assert(h.clean);
	ck_assert_int_eq(h.rows, 5989);
	ck_assert_int_eq(h.after, 4011);
	ck_assert_int_eq(h.last, 6000);
	/* inside a quoted field: not at a row's start (its line breaks are
	 * counted when it ends), and nothing taken */
	read_held(true, 10, &h);
	ck_assert_int_eq(h.calls, 1);
	ck_assert(!h.clean);
	ck_assert_int_eq(h.rows, 5998);
	ck_assert_int_eq(h.last, 6000);
}
END_TEST

Suite *
csvin_suite(void)
{
	Suite *s = suite_create("csvin");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, line_numbers);
	tcase_add_test(tc, field_across_blocks);
	tcase_add_test(tc, lines_after_the_header);
	tcase_add_test(tc, scan_block_boundaries);
	tcase_add_test(tc, scan_row_too_wide);
	tcase_add_test(tc, skip_after_cr);
	tcase_add_test(tc, row_into_a_block_not_plain);
	tcase_add_test(tc, bom_and_spaces);
	tcase_add_test(tc, bad_rows_are_reported_and_skipped);
	tcase_add_test(tc, limits);
	tcase_add_test(tc, header_one_message);
	tcase_add_test(tc, csv_spectrum);
	tcase_add_test(tc, held_at_a_line_break);
	suite_add_tcase(s, tc);
	return s;
}
