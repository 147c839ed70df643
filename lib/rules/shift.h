/* What the timesheet families share about one stored shift (its local
 * clock, a finding about it), and the per-shift check billing.dst. */
#ifndef CARETOOLS_SHIFT_H
#define CARETOOLS_SHIFT_H

#include "pseudo.h"
#include "rule.h"
#include "tools/hours_int.h"

char		*shift_local_text(enum zone, int32_t, char *);
const char	*shift_clock_text(enum zone, int32_t, char *);
int		 floor_div(long, long);
struct finding	*shift_find(const struct timesheet *,
		    const struct stored *, enum severity, enum rule_id,
		    const char *);
struct finding	*shift_find_later(const struct timesheet *,
		    const struct stored *, enum severity, enum rule_id,
		    finding_make_fn *, const void *, size_t);
void		 shift_dst(struct findings *, const struct srcpos *,
		    const struct hcase *, const struct shift_row *, int64_t,
		    int64_t, enum tz_local, enum tz_local);

/* The case's local day of a UTC minute: inline, asked of every shift. */
static inline cdate
shift_day(const struct hcase *hc, int32_t utc)
{
	return datetime_date(tz_to_local(hc->zone, utc));
}

#endif
