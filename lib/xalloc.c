#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#ifdef __linux__
#include <sys/mman.h>
#endif

/* Blocks of this size or more ask the kernel for huge pages. */
#define HUGE_MIN (4u << 20)
#define HUGE_PAGE ((uintptr_t)2 << 20)

/* A large block is faulted in 2 MB at a time rather than 4 kB: the shift
 * store of a big timesheet took a fault every 256 rows. Only a hint. */
static void
hint_huge(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	uintptr_t lo = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
	uintptr_t hi = ((uintptr_t)p + n) & ~(HUGE_PAGE - 1);

	if (n >= HUGE_MIN && hi > lo)
		(void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
#else
	(void)p;
	(void)n;
#endif
}

/* Running out of memory is the one condition no caller can recover from. */
static void
oom(size_t n)
{
	fprintf(stderr, "caretools: out of memory (%zu bytes)\n", n);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		oom(n);
	hint_huge(p, n);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		oom(n * size);
	hint_huge(p, n * size);
	return p;
}

void *
xreallocarray(void *old, size_t n, size_t size)
{
	size_t bytes;
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		oom(SIZE_MAX);
	bytes = n * size;
	p = realloc(old, bytes != 0 ? bytes : 1);
	if (p == NULL)
		oom(bytes);
	hint_huge(p, bytes);
	return p;
}

/* An array of oldn elements grown to n: as xreallocarray, but a block
 * large enough for huge pages is asked for them before the elements are
 * copied in, not after (realloc's copy would fault it in 4 kB at a
 * time). */
void *
xgrowarray(void *old, size_t oldn, size_t n, size_t size)
{
	void *p;

	if (size == 0 || n > SIZE_MAX / size || n * size < HUGE_MIN ||
	    oldn > n)
		return xreallocarray(old, n, size);
	p = xmalloc(n * size);
	if (oldn > 0)
		memcpy(p, old, oldn * size);
	free(old);
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

