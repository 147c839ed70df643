#include <string.h>

#include "i18n.h"
#include "node.h"
#include "text.h"

struct node *
node_new(struct arena *a, enum node_kind kind, const char *file, long line)
{
	struct node *n = arena_alloc(a, sizeof(*n));

	memset(n, 0, sizeof(*n));
	n->kind = kind;
	n->file = file;
	n->line = line;
	n->str = "";
	return n;
}

struct node *
node_scalar(struct arena *a, const char *file, long line, const char *s,
    size_t len, bool plain)
{
	struct node *n = node_new(a, NODE_SCALAR, file, line);

	n->str = arena_strndup(a, s, len);
	n->len = len;
	n->plain = plain;
	return n;
}

/* Appends an item: key and its line for a mapping, NULL and 0 for a
 * sequence. */
void
node_add(struct arena *a, struct node *parent, const char *key, long line,
    struct node *value)
{
	size_t cap;

	if (parent->n == parent->cap) {
		cap = parent->cap ? parent->cap * 2 : 8;
		parent->items = arena_realloc(a, parent->items,
		    parent->cap * sizeof(parent->items[0]),
		    cap * sizeof(parent->items[0]));
		parent->cap = cap;
	}
	parent->items[parent->n].key = key;
	parent->items[parent->n].line = line;
	parent->items[parent->n].value = value;
	parent->n++;
}

struct node *
node_get(const struct node *map, const char *key)
{
	size_t i;

	if (map == NULL || map->kind != NODE_MAP)
		return NULL;
	for (i = 0; i < map->n; i++)
		if (strcmp(map->items[i].key, key) == 0)
			return map->items[i].value;
	return NULL;
}

/* An absent value: a YAML null or an empty cell. */
bool
node_is_null(const struct node *n)
{
	if (n == NULL)
		return true;
	if (n->kind != NODE_SCALAR || !n->plain)
		return false;
	return n->len == 0 || strcmp(n->str, "~") == 0 ||
	    strcmp(n->str, "null") == 0 || strcmp(n->str, "Null") == 0 ||
	    strcmp(n->str, "NULL") == 0;
}

const char *
node_kind_name(enum node_kind k)
{
	switch (k) {
	case NODE_SCALAR:
		return _("a value");
	case NODE_SEQ:
		return _("a list");
	case NODE_MAP:
		return _("a mapping");
	}
	return "?";
}

/* A scalar's whole number from lo to hi, written without a decimal
 * point. */
bool
node_int(const struct node *n, int lo, int hi, int *out)
{
	double v;

	if (!text_number(n->str, n->len, &v) || memchr(n->str, '.', n->len)
	    || v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}
