/* The CSV reader, both ways: pulled row by row and pushed field by field
 * (with the plain-block path); they must agree on the rows.  The input's
 * length picks the encoding asked for (UTF-8, Windows-1252, Latin-1), so
 * that the converters are fuzzed too. */
#include <stdlib.h>

#include "csvin.h"
#include "fuzz.h"
#include "input.h"

static unsigned long pushed, dropped;

static void
on_field(void *arg, size_t col, const char *s, size_t len, long line)
{
	(void)arg;
	(void)col;
	(void)s;
	(void)len;
	if (line < 1)
		abort();
}

static void
on_fast(void *s, size_t len, void *reader)
{
	(void)s;
	(void)len;
	((struct csvin_fast *)reader)->nf++;
}

static void
on_row(void *arg, size_t n, long line)
{
	(void)arg;
	(void)n;
	if (line < 1)
		abort();
	pushed++;
}

static void
on_drop(void *arg)
{
	(void)arg;
	dropped++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_sink sink = { on_field, on_row, on_drop, on_fast, NULL,
	    NULL, NULL };
	struct readopts ro = { (enum encoding)(size % 3), 0, NULL };
	unsigned long pulled = 0, rejected;
	struct input in;
	struct csvin *r;
	struct csvrow row;
	struct diag d;
	size_t i;

	fuzz_diag(&d);
	if (input_mem_as(&in, "f.csv", data, size, &ro, &d) != 0)
		return 0;
	r = csvin_open(&in);
	while (csvin_next(r, &row, &d) == 1) {
		for (i = 0; i < row.n; i++)
			if (row.f[i][row.len[i]] != '\0')
				abort();
		pulled++;
	}
	rejected = csvin_rejected(r);
	csvin_close(r);
	input_close(&in);

	pushed = dropped = 0;
	if (input_mem_as(&in, "f.csv", data, size, &ro, &d) != 0)
		return 0;
	r = csvin_open(&in);
	csvin_stream(r, &sink, &d);
	/* every row is either handed out or counted as rejected */
	if (pushed + csvin_rejected(r) != pulled + rejected)
		abort();
	csvin_close(r);
	input_close(&in);
	return 0;
}
