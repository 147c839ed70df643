/* YAML through libyaml's event API: one node tree per document, with the
 * nesting, size and alias limits a hostile file needs.  A document over a
 * limit is refused (reported) and the next is read: an input is read a
 * document at a time, never whole. */
#ifndef CARETOOLS_YAMLIN_H
#define CARETOOLS_YAMLIN_H

#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "input.h"
#include "node.h"

#define YAMLIN_MAX_DEPTH	32		/* nested collections */
#define YAMLIN_MAX_NODES	100000		/* nodes in one document */
#define YAMLIN_MAX_SCALAR	(1024 * 1024)	/* bytes in one value */
#define YAMLIN_MAX_DOC	(16 * 1024 * 1024)	/* bytes in one document */

struct yamlin;

struct yamlin	*yamlin_open(const char *, const char *, size_t);
struct yamlin	*yamlin_open_input(struct input *);
int		 yamlin_next(struct yamlin *, struct arena *, struct node **,
		    struct diag *);
void		 yamlin_close(struct yamlin *);

#endif
