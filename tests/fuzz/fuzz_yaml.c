/* The YAML reader: every document into a node tree, or a message, read
 * a document at a time from a stream as the tools read it; and the
 * input as a value shown (text_visible) passes the privacy filter. */
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "fuzz.h"
#include "input.h"
#include "text.h"
#include "yamlin.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct yamlin *y;
	struct node *root;
	struct input in;
	struct diag d;
	char *shown;
	int docs = 0;

	fuzz_diag(&d);
	shown = text_visible((const char *)data, size, NULL);
	if (!fuzz_shown_ok(shown)) {
		fprintf(stderr, "fuzz: bad value shown: %s\n", shown);
		abort();
	}
	free(shown);
	arena_init(&a);
	if (input_mem(&in, "f.yaml", data, size, &d) == 0) {
		y = yamlin_open_input(&in);
		while (yamlin_next(y, &a, &root, &d) != 0 && docs++ < 100000)
			;
		yamlin_close(y);
		input_close(&in);
	}
	arena_free(&a);
	return 0;
}
