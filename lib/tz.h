/* Local date-times in the case's time zone, through the C library's tz
 * database: elapsed time is right across the changes to and from summer
 * time. */
#ifndef CARETOOLS_TZ_H
#define CARETOOLS_TZ_H

#include <stdint.h>

#include "dates.h"

enum zone {
	ZONE_STOCKHOLM,
	ZONE_COPENHAGEN,
	ZONE_COUNT
};

const char	*tz_name(enum zone);
int		 tz_check(enum zone);
int64_t		 tz_to_utc(enum zone, cminute);
int		 tz_offset(enum zone, int64_t);

#endif
