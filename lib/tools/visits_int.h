/* visit-compliance's engine, inside: what the log reader, the end of the
 * stream and the reports share.  A visit log need not be sorted, so
 * nothing is decided while it streams but what one row shows by itself.
 * The rest is kept per case, compactly, and judged at the end: the days
 * with visits in chunks of 64 days, the staff who came, the visits the
 * provider missed and what replaced them, practical help in the evening
 * and the other help near it.  Minutes are elapsed time in the case's
 * zone. */
#ifndef CARETOOLS_VISITS_INT_H
#define CARETOOLS_VISITS_INT_H

#include <stdint.h>

#include "actlog.h"
#include "compliance.h"
#include "rules/continuity.h"
#include "rules/visit_common.h"
#include "rules/visit_row.h"
#include "strmap.h"
#include "visits.h"

#define CHUNK_SHIFT	6
#define CHUNK_DAYS	(1 << CHUNK_SHIFT)

/* One day of a case. */
struct cday {
	uint16_t	win;	/* delivered visits in the continuity window */
	uint8_t		flags;	/* DAY_ */
	uint8_t		pad;
};

/* 64 days of a case, and the visits of each tracked service on them. */
struct chunk {
	uint32_t	base;	/* (day - VISIT_EPOCH) >> CHUNK_SHIFT */
	struct cday	d[CHUNK_DAYS];
	uint8_t		svc[];	/* ntrack * CHUNK_DAYS counts */
};

struct tally {
	unsigned long	planned, delivered, missed, excused;
	int64_t		planned_min, delivered_min;
};

/* A helper at a client: the first visit and the periods with visits. */
struct pair {
	uint32_t	staff;
	uint32_t	line;
	cminute		first;
	uint16_t	file;
	bool		notified;	/* at the first visit */
	uint32_t	nw;		/* words of period bits */
	int32_t		wbase;		/* the period word of bits[0] */
	uint64_t	inl[2];
	uint64_t	*ext;		/* when nw > 2 */
};

struct vcase {
	const struct care_case	*c;
	const struct profile	*p;
	int8_t			 track[SVC_COUNT];	/* -1: not tracked */
	uint8_t			 ntrack;
	bool			 counted;	/* visit.continuity's periods */
	bool			 reported;	/* in the -s report */
	struct continuity_window win;
	struct visit_checks	 checks;
	struct chunk		**ch;
	uint32_t		 nch, capch;
	struct chunk		*last;
	struct pair		*pairs;
	uint32_t		 npairs, cappairs;
	struct tally		 t;
	cdate			 first, final;	/* planned days seen */
	enum zone		 zone;
	struct away		 away;		/* days away from home */
	struct late_visit	*late;		/* practical help in the evening */
	uint32_t		 nlate, caplate;
	struct visit_span	*other;		/* other help near the evening */
	uint32_t		 nother, capother;
};

/* A visit the provider missed, or one a replacement names that has not
 * been seen missed (yet). */
struct miss {
	const char		*id;
	uint32_t		 kase;
	uint32_t		 line, rline;
	uint16_t		 file, rfile;
	cdate			 day;		/* planned */
	cdate			 repl;		/* earliest replacement, or NONE */
	enum service_name	 svc;
	bool			 is_miss, notified, repl_notified;
	bool			 busy, done;	/* resolving */
	cdate			 resolved;
	unsigned long		 nrepl;		/* rows naming it */
	struct miss		*chain;		/* a missed replacement of it */
};

struct provider {
	const char	*id;
	bool		 bad;		/* not a usable id */
	struct tally	 t;
};

struct controw {
	uint32_t	kase;
	cdate		start, end;
	unsigned	visits, staff;
};

struct indicator {
	cdate		 start, end;
	int		 from, to;	/* the day window */
	unsigned	*staff;
	size_t		 n, cap;
};

struct compliance {
	const struct caseset	*set;
	const struct profiles	*ps;
	struct findings		*f;
	struct vcase		*cases;
	struct actlog		 log;		/* files, staff ids, counts */
	struct strmap		 misses;
	struct strmap		 prov_index;
	struct provider		*prov;
	size_t			 nprov, capprov;
	struct arena		 a;
	cdate			 log_first, log_last;
	cminute			 tz_lo, tz_hi;	/* the zones' tables' years */
	bool			 providers;
	struct controw		*rows;
	size_t			 nrows, caprows;
	struct indicator	*ind;
	size_t			 nind, capind;
	/* caches for the hot loop */
	struct pair_cache {
		uint32_t	 kase, staff, ix;	/* kase 0: empty */
	}			 pcache[4096];
	/* every (case, staff) pair's index in its case's list, behind the
	 * cache: a client with a million helpers stays linear */
	struct pair_cache	*pmap;
	size_t			 pmap_cap, pmap_n;
	char			 last_prov[128];
	size_t			 last_prov_len;
	uint32_t		 last_prov_ix;
};

/* The state of one visit log being pushed through, a row at a time. */
struct logread {
	struct actlog_row	 r;		/* first: the handlers' view */
	struct compliance	*v;
	struct visit_header	 vh;
	struct visit_parse	 p;
	struct vcase		*vc;		/* the row's case, once known */
	uint32_t		 prov;
	bool			 has_prov, prov_bad;
};

static inline unsigned
day_index(cdate day)
{
	return (unsigned)(day - VISIT_EPOCH) & (CHUNK_DAYS - 1);
}

struct chunk	*chunk_at(struct vcase *, cdate);
void		 svc_count(struct vcase *, enum service_name, cdate);
void		 take_visit(struct compliance *, struct logread *, long);
struct miss	*miss_of(struct compliance *, uint32_t, const char *, size_t);
void		 miss_replacement(struct compliance *, struct logread *, long,
		    cdate);
void		 compliance_misses(struct compliance *, struct diag *);

#endif
