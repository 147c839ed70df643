/* Local date-times in the case's time zone, through the C library's tz
 * database: elapsed time is right across the changes to and from summer
 * time. */
#ifndef CARETOOLS_TZ_H
#define CARETOOLS_TZ_H

#include <stdint.h>

#include "dates.h"

#define TZ_FIRST_YEAR	1900	/* the years the zones' tables hold */
#define TZ_LAST_YEAR	2200
#define TZ_CHANGES_MAX	8	/* changes of offset a year's table holds */

/* The day of 1 January of a year from 1 on, as date_from_ymd gives it but
 * a constant: the bounds of the tables' years for a check on the hot path
 * without date_year.  (477 leap days fall before 1970.) */
#define TZ_JAN1(y)	((cdate)(365 * ((y) - 1970) + ((y) - 1) / 4 - \
			    ((y) - 1) / 100 + ((y) - 1) / 400 - 477))
#define TZ_FIRST_DAY	TZ_JAN1(TZ_FIRST_YEAR)		/* 1900-01-01 */
#define TZ_END_DAY	TZ_JAN1(TZ_LAST_YEAR + 1)	/* the day after */

enum zone {
	ZONE_STOCKHOLM,
	ZONE_COPENHAGEN,
	ZONE_COUNT
};

/* The last stretch of local time seen in a zone with one offset and no
 * change near it: the fast path of tz_to_utc. */
struct tz_stretch {
	int64_t		lo, hi;
	int		off;
	int		valid;
};

extern _Thread_local struct tz_stretch tz_local_stretch[ZONE_COUNT];
extern _Thread_local struct tz_stretch tz_utc_stretch[ZONE_COUNT]; /* UTC */

void		 tz_init(void);
cdate		 tz_today(enum zone, long long);
const char	*tz_name(enum zone);
int		 tz_check(enum zone);
void		 tz_preload(void);
int		 tz_changes(enum zone, int, int64_t *, int *);
int64_t		 tz_to_utc_slow(enum zone, cminute);
int		 tz_offset_slow(enum zone, int64_t);

/* The inline readers below read the thread's stretch in place, field by
 * field: not through a pointer into the thread-local array (gcc 12 at -O1
 * with UBSan tested a compare's flags for that pointer's null check), nor
 * copied whole (a copy on every call of the hot loop). */

/* The offset from UTC in minutes at a UTC minute: inline within the
 * stretch of the last one asked (a timesheet's shifts mostly are). */
static inline int
tz_offset(enum zone z, int64_t utc)
{
	if (tz_utc_stretch[z].valid && utc >= tz_utc_stretch[z].lo &&
	    utc < tz_utc_stretch[z].hi)
		return tz_utc_stretch[z].off;
	return tz_offset_slow(z, utc);
}

/* The local civil minute of a UTC minute. */
static inline cminute
tz_to_local(enum zone z, int64_t utc)
{
	return (cminute)utc + tz_offset(z, utc);
}

/* How often a local civil minute happens. */
enum tz_local {
	TZ_LOCAL_ONCE,
	TZ_LOCAL_NEVER,		/* in the hour the clock skips (spring) */
	TZ_LOCAL_TWICE		/* in the hour it repeats (autumn) */
};

enum tz_local	 tz_local_slow(enum zone, cminute);

/* Whether a local minute is in the thread's stretch of zone z. */
#define TZ_IN_LOCAL(z, local)	(tz_local_stretch[z].valid && \
	    (local) >= tz_local_stretch[z].lo && (local) < tz_local_stretch[z].hi)

/* The UTC minute of a local civil minute; see tz_to_utc_slow. */
static inline int64_t
tz_to_utc(enum zone z, cminute local)
{
	if (TZ_IN_LOCAL(z, local))
		return local - tz_local_stretch[z].off;
	return tz_to_utc_slow(z, local);
}

/* How often a local civil minute happens; see tz_local_slow. */
static inline enum tz_local
tz_local(enum zone z, cminute local)
{
	if (TZ_IN_LOCAL(z, local))
		return TZ_LOCAL_ONCE;
	return tz_local_slow(z, local);
}

/* How often a local civil minute happens, and in *utc its UTC minute
 * (see tz_to_utc), the stretch of one offset asked once for both. */
static inline enum tz_local
tz_local_utc(enum zone z, cminute local, int64_t *utc)
{
	if (TZ_IN_LOCAL(z, local)) {
		*utc = local - tz_local_stretch[z].off;
		return TZ_LOCAL_ONCE;
	}
	*utc = tz_to_utc_slow(z, local);
	return tz_local_slow(z, local);
}

#endif
