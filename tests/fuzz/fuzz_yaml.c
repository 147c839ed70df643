/* The YAML reader: every document into a node tree, or a message. */
#include "arena.h"
#include "fuzz.h"
#include "yamlin.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct yamlin *y;
	struct node *root;
	struct diag d;
	int docs = 0;

	fuzz_diag(&d);
	arena_init(&a);
	y = yamlin_open("f.yaml", (const char *)data, size);
	while (yamlin_next(y, &a, &root, &d) != 0 && docs++ < 100000)
		;
	yamlin_close(y);
	arena_free(&a);
	return 0;
}
