/* The reader's two ways through a plain block, held to the same output:
 * scan_lines() and libcsv alone must make the same fields, rows, drops and
 * messages, in every dialect (the first byte picks comma, semicolon, tab
 * or the header's guess), every encoding asked for, and blocks of every
 * size (the second byte), so that block boundaries fall everywhere; the
 * first byte also says how many rows are pulled before the rest is
 * pushed (0 to 3), and whether the first row's width is expected of all,
 * as the tools read a header, and whether the scan's rows go to
 * fast_row() or a field at a time to fast(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvin.h"
#include "fuzz.h"
#include "input.h"

/* What one pass made, in order. */
struct trace {
	char	*s;
	size_t	 len, cap;
};

static void
put(struct trace *t, const void *p, size_t n)
{
	if (t->len + n > t->cap) {
		t->cap = 2 * (t->len + n) + 256;
		if ((t->s = realloc(t->s, t->cap)) == NULL)
			abort();
	}
	memcpy(t->s + t->len, p, n);
	t->len += n;
}

static void
putf(struct trace *t, const char *fmt, long a, long b)
{
	char buf[64];
	int n = snprintf(buf, sizeof(buf), fmt, a, b);

	put(t, buf, (size_t)n);
}

static void
on_field(void *arg, size_t col, const char *s, size_t len, long line)
{
	struct trace *t = arg;

	putf(t, "F%ld@%ld:", (long)col, line);
	put(t, s, len);
	put(t, "|", 1);
}

/* fast() sees no line: the row's comes with on_row. */
static void
on_fast(void *s, size_t len, void *reader)
{
	struct csvin_fast *rf = reader;
	struct trace *t = rf->arg;

	/* past the most a row may have, the row is dropped: its fields may
	 * or may not come (csvin.h) */
	if (rf->nf++ >= CSVIN_MAX_FIELDS)
		return;
	putf(t, "F%ld@%ld:", (long)rf->nf - 1, 0);
	put(t, s, len);
	put(t, "|", 1);
}

/* fast_row() traces as fast() would, a field at a time. */
static void
on_fast_row(void *arg, const char *row, const uint32_t *end, size_t n)
{
	struct trace *t = arg;
	size_t k, from = 0;

	for (k = 0; k < n; k++) {
		putf(t, "F%ld@%ld:", (long)k, 0);
		put(t, row + from, end[k] - from);
		put(t, "|", 1);
		from = end[k] + 1;
	}
}

static void
on_row(void *arg, size_t n, long line)
{
	putf(arg, "R%ld@%ld\n", (long)n, line);
}

static void
on_drop(void *arg)
{
	put(arg, "D\n", 2);
}

static void
emit(void *ctx, const char *file, long line, const char *msg)
{
	(void)file;
	putf(ctx, "E@%ld", line, 0);
	put(ctx, msg, strlen(msg));
	put(ctx, "\n", 1);
}

/* One pass: the trace of the rows and the messages. */
static void
pass(const uint8_t *data, size_t size, const struct readopts *ro,
    size_t block, bool libcsv_only, int pull, struct trace *t)
{
	struct csv_sink sink = { on_field, on_row, on_drop, on_fast, t,
	    (pull & 8) ? on_fast_row : NULL, NULL };
	struct diag d = { emit, t, 0 };
	struct csvrow row;
	struct input in;
	struct csvin *r;
	size_t i;
	int k;

	if (input_mem_as(&in, "f.csv", data, size, ro, &d) != 0)
		return;
	r = csvin_open(&in);
	csvin_tune(r, libcsv_only, block);
	for (k = 0; k < (pull & 3) && csvin_next(r, &row, &d) == 1; k++) {
		putf(t, "P@%ld:", row.line, 0);
		for (i = 0; i < row.n; i++) {
			put(t, row.f[i], row.len[i]);
			put(t, "|", 1);
		}
		put(t, "\n", 1);
		if (k == 0 && (pull & 4))
			csvin_expect(r, row.n);
	}
	csvin_stream(r, &sink, &d);
	putf(t, "rejected %ld\n", (long)csvin_rejected(r), 0);
	csvin_close(r);
	input_close(&in);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int delims[] = { 0, ',', ';', '\t' };
	struct readopts ro = { ENC_UTF8, 0, NULL };
	struct trace a = { 0 }, b = { 0 };
	size_t block;

	if (size < 2)
		return 0;
	ro.delim = delims[data[0] & 3];
	ro.encoding = (enum encoding)((data[0] >> 2) % 3);
	block = 8 + data[1] % 120;
	if (data[1] >= 0xf0)
		block = 0;		/* the usual 64 kB */
	pass(data + 2, size - 2, &ro, block, false, data[0] >> 4, &a);
	pass(data + 2, size - 2, &ro, block, true, data[0] >> 4, &b);
	if (a.len != b.len || memcmp(a.s, b.s, a.len) != 0) {
		fprintf(stderr, "fuzz_csvscan: scan_lines and libcsv differ\n"
		    "--- scan:\n%.*s--- libcsv:\n%.*s", (int)a.len, a.s,
		    (int)b.len, b.s);
		abort();
	}
	free(a.s);
	free(b.s);
	return 0;
}
