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

/* FNV-1a. */
static size_t
hash(const char *s, size_t len)
{
	size_t h = (size_t)14695981039346656037ULL, i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= (size_t)1099511628211ULL;
	}
	return h;
}

static struct strmap_slot *
find(const struct strmap *m, const char *key, size_t len, size_t h)
{
	size_t i = h & (m->cap - 1);
	struct strmap_slot *s;

	for (;;) {
		s = &m->slots[i];
		if (s->key == NULL || (s->hash == h && s->len == len &&
		    memcmp(s->key, key, len) == 0))
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

	if ((m->n + 1) * 4 > m->cap * 3)
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
