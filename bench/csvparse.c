/* The floor: reads CSV from standard input with libcsv and does nothing
 * with it but count, in libcsv's default strict mode (CSV_STRICT |
 * CSV_APPEND_NULL | CSV_STRICT_FINI, no space function), or with -k in
 * the mode the caretools readers use when they hand a block to libcsv
 * (spaces kept, every CR and LF a row's end).
 * Usage: csvparse [-k] < file */
#include <csv.h>
#include <stdio.h>
#include <string.h>

static unsigned long fields, rows;

static void
on_field(void *s, size_t len, void *arg)
{
	(void)s;
	(void)len;
	(void)arg;
	fields++;
}

static void
on_row(int c, void *arg)
{
	(void)c;
	(void)arg;
	rows++;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

int
main(int argc, char **argv)
{
	static char buf[64 * 1024];
	struct csv_parser p;
	size_t n;

	if (argc > 1 && strcmp(argv[1], "-k") == 0) {
		csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
		csv_set_space_func(&p, no_space);
	} else
		csv_init(&p, CSV_STRICT | CSV_APPEND_NULL | CSV_STRICT_FINI);
	while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0)
		if (csv_parse(&p, buf, n, on_field, on_row, NULL) != n) {
			fprintf(stderr, "csvparse: %s\n",
			    csv_strerror(csv_error(&p)));
			return 2;
		}
	csv_fini(&p, on_field, on_row, NULL);
	csv_free(&p);
	printf("%lu rows, %lu fields\n", rows, fields);
	return 0;
}
