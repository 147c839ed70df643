#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "xalloc.h"

void
strmap_init(struct strmap *m)
{
	m->slots = NULL;
	m->cap = 0;
	m->n = 0;
}

static uint64_t
load8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

static uint64_t
mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

/* Ids are short: a key of 8 to 16 bytes is hashed from two overlapping
 * words; longer ones word by word, shorter ones byte by byte. */
static size_t
hash(const char *s, size_t len)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ len;
	size_t i;

	if (len >= 8) {
		for (i = 0; i + 8 < len; i += 8)
			h = mix(h ^ load8(s + i));
		h = mix(h ^ load8(s + len - 8));
	} else {
		for (i = 0; i < len; i++)
			h = h << 8 | (unsigned char)s[i];
		h = mix(h);
	}
	return (size_t)h;
}

/* Equal keys of one length: two words for the usual 8 to 16 bytes. */
static bool
same(const char *a, const char *b, size_t len)
{
	if (len < 8 || len > 16)
		return memcmp(a, b, len) == 0;
	return load8(a) == load8(b) && load8(a + len - 8) == load8(b + len - 8);
}

static struct strmap_slot *
find(const struct strmap *m, const char *key, size_t len, size_t h)
{
	size_t i = h & (m->cap - 1);
	struct strmap_slot *s;

	for (;;) {
		s = &m->slots[i];
		if (s->key == NULL || (s->hash == h && s->len == len &&
		    same(s->key, key, len)))
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

void *
strmap_get(const struct strmap *m, const char *key, size_t len)
{
	struct strmap_slot *s;

	if (m->cap == 0)
		return NULL;
	s = find(m, key, len, hash(key, len));
	return s->key != NULL ? s->value : NULL;
}

static void
grow(struct strmap *m)
{
	struct strmap_slot *old = m->slots, *s;
	size_t oldcap = m->cap, i;

	m->cap = oldcap ? oldcap * 2 : 64;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (i = 0; i < oldcap; i++)
		if (old[i].key != NULL) {
			s = find(m, old[i].key, old[i].len, old[i].hash);
			*s = old[i];
		}
	free(old);
}

/* The value slot for key, made (NULL) when absent; *added tells which.
 * The key must outlive the map. */
void **
strmap_put(struct strmap *m, const char *key, size_t len, int *added)
{
	struct strmap_slot *s;
	size_t h = hash(key, len);

	if ((m->n + 1) * 2 > m->cap)	/* half full: short probe runs */
		grow(m);
	s = find(m, key, len, h);
	*added = s->key == NULL;
	if (*added) {
		s->key = key;
		s->len = len;
		s->hash = h;
		s->value = NULL;
		m->n++;
	}
	return &s->value;
}

void
strmap_free(struct strmap *m)
{
	free(m->slots);
	strmap_init(m);
}
