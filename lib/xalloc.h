/* Allocation that cannot fail: out of memory aborts with a message. */
#ifndef CARETOOLS_XALLOC_H
#define CARETOOLS_XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
void	*xgrowarray(void *, size_t, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

#endif
