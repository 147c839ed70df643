/* Indexes over one case's shifts in time order, for the questions the
 * staffing rules ask of the shifts around one of them (who else works
 * then, who that knows the client).  A rule first scans a few neighbours;
 * when the scan would be long (many shifts at one time), it asks an
 * index, built once for the case, in logarithmic time. */
#ifndef CARETOOLS_CASEIDX_H
#define CARETOOLS_CASEIDX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Neighbours a rule scans before it builds the index. */
#ifndef CASEIDX_SCAN
#define CASEIDX_SCAN	64
#endif

struct stored;

/* The shifts v[l[0..n-1]], in time order (by start). */
struct caseidx {
	const struct stored	*v;
	const uint32_t		*l;
	size_t			 n;
	bool			 built;
	size_t			 size;		/* leaves of the trees */
	/* each node: the latest end and its staff, and the latest end of
	 * any other staff member, of the shifts below */
	int32_t			*e1, *e2;
	uint32_t		*s1;
	int32_t			*cover;		/* steps covered (backward) */
	uint32_t		*act;		/* range-minimum tree (ahead) */
};

/* By staff index: known from the UTC minute known[k], counted by shifts
 * from step since[k] of the case's shifts in time order. */
struct case_marks {
	uint32_t	*mark;		/* case index + 1 once known */
	int32_t		*known;
	uint32_t	*since;
};

void	caseidx_init(struct caseidx *, const struct stored *,
	    const uint32_t *, size_t);
void	caseidx_build(struct caseidx *, bool (*)(const struct stored *),
	    const struct case_marks *);
long	caseidx_other(const struct caseidx *, size_t);
bool	caseidx_alongside(const struct caseidx *, size_t);
void	caseidx_free(struct caseidx *);

#endif
