/* The caretools reader with nothing to do: standard input through csvin
 * in push mode (libcsv in strict mode, plain-block detection, UTF-8 and
 * line checks), every field and row handed to a sink that only counts. */
#include <stdio.h>

#include "csvin.h"
#include "diag.h"
#include "input.h"

static unsigned long fields, rows;

static void
on_field(void *arg, size_t col, const char *s, size_t len, long line)
{
	(void)arg;
	(void)col;
	(void)s;
	(void)len;
	(void)line;
	fields++;
}

static void
on_fast(void *s, size_t len, void *reader)
{
	struct csvin_fast *rf = reader;

	(void)s;
	(void)len;
	rf->nf++;
	fields++;
}

static void
on_row(void *arg, size_t n, long line)
{
	(void)arg;
	(void)n;
	(void)line;
	rows++;
}

static void
on_drop(void *arg)
{
	(void)arg;
}

static void
emit(void *ctx, const char *file, long line, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "readparse: %s:%ld: %s\n", file, line, msg);
}

int
main(void)
{
	struct diag d = { emit, NULL, 0 };
	struct csv_sink sink = { on_field, on_row, on_drop, on_fast, NULL,
	    NULL, NULL };
	struct input in;
	struct csvin *r;

	if (input_open(&in, "-", &d) != 0)
		return 2;
	r = csvin_open(&in);
	csvin_stream(r, &sink, &d);
	csvin_close(r);
	input_close(&in);
	printf("%lu rows, %lu fields\n", rows, fields);
	return d.errors > 0 ? 2 : 0;
}
