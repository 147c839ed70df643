/* What the visit-compliance families share: periods of days, the service
 * a decision grants on a day, the days a client is away from home, and how
 * a visit id and a time of day are shown in messages.  No rule is read
 * here. */
#ifndef CARETOOLS_RULES_VISIT_COMMON_H
#define CARETOOLS_RULES_VISIT_COMMON_H

#include <stdint.h>

#include "rule.h"

#define VISIT_EPOCH	((cdate)-25567)	/* Monday 1900-01-01 */
#define CLOCK_BUFSZ	8

/* The period of days a day falls in, periods counted from VISIT_EPOCH. */
static inline int32_t
visit_period(cdate day, int days)
{
	return (int32_t)((day - VISIT_EPOCH) / days);
}

static inline cdate
visit_period_start(int32_t k, int days)
{
	return VISIT_EPOCH + k * days;
}

/* What the days of a case held, as the engine keeps them. */
enum {
	DAY_PRACTICAL = 1,	/* practical help delivered */
	DAY_PERSONAL = 2,	/* personal care or a meal delivered */
	DAY_AWAY = 4		/* the client in hospital, respite or away */
};

/* A case's days, read through the engine: the DAY_ flags of a day, and
 * the visits of a service delivered or excused on it. */
struct visit_days {
	void		*arg;
	unsigned	(*flags)(void *, cdate);
	unsigned	(*visits)(void *, enum service_name, cdate);
};

#define AWAY_NEVER	((cdate)INT32_MAX)	/* an open absence's end */

/* The days a client is away from home, when no visit is owed: the case
 * record's absences in hospital, on respite or on holiday, sorted and
 * merged. */
struct away_span {
	cdate		from, to;	/* to AWAY_NEVER: no end recorded */
};

struct away {
	struct away_span	*v;
	size_t			 n;
};

void		 away_init(struct away *, const struct care_case *);
void		 away_free(struct away *);
bool		 away_on(const struct away *, cdate);
int		 away_days(const struct away *, enum country, cdate, cdate,
		    bool);
cdate		 away_extend(const struct away *, enum country, cdate, cdate,
		    bool, int *);

const struct service *service_granted(const struct care_case *,
	    enum service_name, cdate);
const char	*visit_id_text(const char *, char *);
char		*clock_text(int, char *);

#endif
