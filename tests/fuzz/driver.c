/* Runs a fuzz target without libFuzzer: over each file named, or over
 * standard input (for AFL++ and for replaying a corpus with gcc's
 * sanitizers). */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

static void
one(FILE *fp, const char *name)
{
	size_t len = 0, cap = 1 << 16, n;
	unsigned char *buf = malloc(cap);

	if (buf == NULL)
		abort();
	while ((n = fread(buf + len, 1, cap - len, fp)) > 0)
		if ((len += n) == cap && (buf = realloc(buf, cap *= 2)) == NULL)
			abort();
	if (ferror(fp)) {
		perror(name);
		exit(2);
	}
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
}

int
main(int argc, char *argv[])
{
	FILE *fp;
	int i;

	if (argc < 2)
		one(stdin, "<stdin>");
	for (i = 1; i < argc; i++) {
		if ((fp = fopen(argv[i], "rb")) == NULL) {
			perror(argv[i]);
			return 2;
		}
		one(fp, argv[i]);
		fclose(fp);
	}
	return 0;
}
