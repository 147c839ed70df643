/* The record model both readers fill: a tree of scalars, sequences and
 * mappings, each node knowing the file and line it came from. */
#ifndef CARETOOLS_NODE_H
#define CARETOOLS_NODE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

enum node_kind {
	NODE_SCALAR,
	NODE_SEQ,
	NODE_MAP
};

struct node;

struct node_item {
	const char	*key;		/* NULL in a sequence */
	long		 line;		/* the key's line */
	struct node	*value;
};

struct node {
	enum node_kind	  kind;
	bool		  plain;	/* an unquoted YAML scalar or a CSV cell */
	const char	 *file;
	long		  line;
	const char	 *str;		/* scalar text, NUL-terminated */
	size_t		  len;
	size_t		  n, cap;
	struct node_item *items;
};

struct node	*node_new(struct arena *, enum node_kind, const char *, long);
struct node	*node_scalar(struct arena *, const char *, long, const char *,
		    size_t, bool);
void		 node_add(struct arena *, struct node *, const char *, long,
		    struct node *);
struct node	*node_get(const struct node *, const char *);
bool		 node_is_null(const struct node *);
bool		 node_int(const struct node *, int, int, int *);
const char	*node_kind_name(enum node_kind);

#endif
