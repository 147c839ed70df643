/* What the readers of activity logs (timesheets, visit logs) share: ids
 * compared and cached in the hot loop, cases the log names that have no
 * usable record, and the rows a bad header leaves out. */
#ifndef CARETOOLS_ACTLOG_H
#define CARETOOLS_ACTLOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "cases.h"
#include "csvin.h"
#include "diag.h"
#include "strmap.h"

/* Whether two ids of one length are equal: two words for the usual 8 to
 * 16 bytes. */
static inline bool
actlog_same_id(const char *a, const char *b, size_t len)
{
	uint64_t x, y, u, v;

	if (len < 8 || len > 16)
		return memcmp(a, b, len) == 0;
	memcpy(&x, a, 8);
	memcpy(&y, b, 8);
	memcpy(&u, a + len - 8, 8);
	memcpy(&v, b + len - 8, 8);
	return x == y && u == v;
}

/* A direct-mapped cache of ids of 8 to 16 bytes in front of a map of ids
 * to dense indexes: a team's ids come back row after row. */
struct idcache_slot {
	uint64_t	a, b;		/* the id's first and last word */
	uint32_t	len, ix;	/* len 0: empty */
};

struct idcache {
	struct idcache_slot	slot[1024];
};

/* The slot for an id of 8 to 16 bytes, NULL for other lengths; *hit
 * tells whether it holds the id, else it is taken for it and the caller
 * sets its ix. */
static inline struct idcache_slot *
idcache_slot(struct idcache *c, const char *s, size_t len, bool *hit)
{
	struct idcache_slot *e;
	uint64_t a, b;

	if (len < 8 || len > 16)
		return NULL;
	memcpy(&a, s, 8);
	memcpy(&b, s + len - 8, 8);
	e = &c->slot[((a * 0x9e3779b97f4a7c15ULL + b) *
	    0xff51afd7ed558ccdULL + len) >> 54];
	*hit = e->len == len && e->a == a && e->b == b;
	if (!*hit) {
		e->a = a;
		e->b = b;
		e->len = (uint32_t)len;
	}
	return e;
}

/* A case a log names that has no record, or one with errors. */
struct unknown_case {
	unsigned long	 n;		/* its rows */
	bool		 rejected;	/* the record had errors */
	const char	*id;
	const char	*file;		/* of its first row */
};

struct unknown_cases {
	struct strmap	map;
	struct arena	a;
};

void	unknown_init(struct unknown_cases *);
struct unknown_case *unknown_note(struct unknown_cases *,
	    const struct caseset *, const char *, size_t, const char *);
void	unknown_first(struct diag *, const struct unknown_case *, long,
	    const char *);
void	unknown_rest(const struct unknown_cases *, struct diag *,
	    const char *, const char *);
void	unknown_free(struct unknown_cases *);

/* Takes a log's header row: the number of columns, or -1 when the header
 * cannot be used (reported). */
typedef int actlog_header_fn(void *, const struct csvrow *, struct diag *);

int	actlog_read(struct input *, const char *, const char *,
	    actlog_header_fn *, const struct csv_sink *, unsigned long *,
	    unsigned long *, struct diag *);

#endif
