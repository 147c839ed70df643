#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xalloc.h"

#define CHUNK_MIN	(64 * 1024)

struct arena_chunk {
	struct arena_chunk	*next;
	size_t			 size;
	alignas(max_align_t) unsigned char data[];
};

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->used = 0;
	a->total = 0;
}

/* n bytes at a multiple of align (a power of two, at most max_align_t's)
 * in the head chunk, or at the start of a new one. */
static void *
take(struct arena *a, size_t n, size_t align)
{
	struct arena_chunk *c;
	size_t off = (a->used + align - 1) & ~(align - 1), size;

	if (a->head == NULL || off > a->head->size ||
	    a->head->size - off < n) {
		if (n > SIZE_MAX - sizeof(*c))
			n = SIZE_MAX - sizeof(*c);	/* xmalloc reports it */
		size = n > CHUNK_MIN ? n : CHUNK_MIN;
		c = xmalloc(sizeof(*c) + size);
		c->next = a->head;
		c->size = size;
		a->head = c;
		off = 0;
	}
	a->used = off + n;
	a->total += n;
	return a->head->data + off;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	return take(a, n, alignof(max_align_t));
}

/* Room for n chars, unaligned: text packs without padding. */
char *
arena_text(struct arena *a, size_t n)
{
	return take(a, n, 1);
}

/* Moves an object of oldsize bytes to fresh room of newsize bytes; the old
 * space stays in the arena until the arena is freed. */
void *
arena_realloc(struct arena *a, void *old, size_t oldsize, size_t newsize)
{
	void *p = arena_alloc(a, newsize);

	if (old != NULL)
		memcpy(p, old, oldsize < newsize ? oldsize : newsize);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_text(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void
arena_free(struct arena *a)
{
	struct arena_chunk *c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	arena_init(a);
}

/* Moves everything handed out from src into dst, which frees it: both
 * stay usable, src empty.  Costs a step for each of src's chunks. */
void
arena_adopt(struct arena *dst, struct arena *src)
{
	struct arena_chunk *tail;

	if (src->head == NULL)
		return;
	if (dst->head == NULL) {
		*dst = *src;
		arena_init(src);
		return;
	}
	for (tail = src->head; tail->next != NULL; tail = tail->next)
		;
	tail->next = dst->head->next;
	dst->head->next = src->head;
	dst->total += src->total;
	arena_init(src);
}

/* Frees what was handed out but the latest chunk, kept for reuse. */
void
arena_reset(struct arena *a)
{
	struct arena_chunk *c, *next;

	if (a->head == NULL)
		return;
	for (c = a->head->next; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head->next = NULL;
	a->used = 0;
	a->total = 0;
}
