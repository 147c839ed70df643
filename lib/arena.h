/* Bump allocator: many small objects freed together. */
#ifndef CARETOOLS_ARENA_H
#define CARETOOLS_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk	*head;
	size_t			 used;	/* bytes handed out from head */
	size_t			 total;	/* bytes handed out in all */
};

void	 arena_init(struct arena *);
void	*arena_alloc(struct arena *, size_t);
char	*arena_text(struct arena *, size_t);
void	*arena_realloc(struct arena *, void *, size_t, size_t);
char	*arena_strndup(struct arena *, const char *, size_t);
char	*arena_strdup(struct arena *, const char *);
void	 arena_adopt(struct arena *, struct arena *);
void	 arena_reset(struct arena *);
void	 arena_free(struct arena *);

#endif
