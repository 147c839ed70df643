/* Visit logs of home help: one row per planned visit and what happened to
 * it.  Columns, validation, statuses. */
#ifndef CARETOOLS_VISITS_H
#define CARETOOLS_VISITS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cases.h"
#include "csvin.h"
#include "dates.h"
#include "diag.h"

#define VISIT_MAX_MINUTES	(24 * 60)
#define VISIT_ID_MAX		100

enum visit_col {
	VC_CASE, VC_VISIT, VC_SERVICE, VC_PLANNED_START, VC_PLANNED_END,
	VC_ACTUAL_START, VC_ACTUAL_END, VC_STAFF, VC_STATUS, VC_REASON,
	VC_NOTIFIED, VC_REPLACES, VC_PROVIDER, VC_CANCELLED, VC_COUNT
};

enum visit_status {
	VS_DELIVERED,
	VS_MISSED_PROVIDER,
	VS_CANCELLED_CLIENT,
	VS_CLIENT_ABSENT,
	VS_COUNT
};

enum visit_reason {
	VR_NONE,
	VR_HOSPITAL,
	VR_RESPITE,
	VR_HOLIDAY,
	VR_COUNT
};

struct visit_header {
	int		col[VC_COUNT];	/* index in the row, or -1 */
	size_t		ncols;
	signed char	role[CSVIN_MAX_FIELDS];	/* col -> enum visit_col */
};

/* A row being read field by field.  The ids of case, staff and provider
 * are the caller's to resolve while their text is there; the visit's own
 * id and the one it replaces are kept.  The day cache lives on from row
 * to row (zero it once). */
struct visit_parse {
	char			day_text[10];
	cdate			day_cache;
	char			month_text[8];	/* "YYYY-MM-" */
	cdate			month_cache;	/* its first day; 0: none */
	unsigned		month_days;
	enum service_name	service;
	bool			has_service, has_status, has_actual_start;
	bool			has_actual_end, has_cancelled;
	cminute			planned_start, planned_end;
	cminute			actual_start, actual_end, cancelled;
	enum visit_status	status;
	enum visit_reason	reason;
	bool			notified;
	char			id[VISIT_ID_MAX + 1];
	size_t			idlen;
	char			replaces[VISIT_ID_MAX + 1];
	size_t			replen;
	struct row_error	e;	/* the row's first problem */
};

/* A whole row, for the pull reader. */
struct visit_row {
	const char	*case_id, *staff, *provider;
	size_t		 case_len, staff_len, provider_len;
};

/* A date-time of the shape YYYY-MM-DDTHH:MM in the month of the one
 * read before, in line; false leaves the field to visit_field(). */
static inline bool
visit_when_fast(struct visit_parse *p, const char *s, size_t len,
    cminute *out)
{
	uint64_t a, b;
	uint16_t c, e;
	unsigned h1, h2, m1, m2, d;

	if (len != 16 || p->month_cache == 0)
		return false;
	memcpy(&a, s, 8);
	memcpy(&c, s + 8, 2);
	h1 = (unsigned)(s[11] - '0');
	h2 = (unsigned)(s[12] - '0');
	m1 = (unsigned)(s[14] - '0');
	m2 = (unsigned)(s[15] - '0');
	if ((s[10] != 'T' && s[10] != ' ') || s[13] != ':' || h1 > 2 ||
	    h2 > 9 || m1 > 5 || m2 > 9 || h1 * 10 + h2 > 23)
		return false;
	memcpy(&b, p->day_text, 8);
	memcpy(&e, p->day_text + 8, 2);
	if (a != b || c != e) {
		/* another day of the month: rows come day by day */
		memcpy(&b, p->month_text, 8);
		d = (unsigned)(s[8] - '0') * 10 + (unsigned)(s[9] - '0');
		if (a != b || (unsigned)(s[8] - '0') > 9 ||
		    (unsigned)(s[9] - '0') > 9 || d < 1 || d > p->month_days)
			return false;
		memcpy(p->day_text, s, 10);
		p->day_cache = p->month_cache + (cdate)d - 1;
	}
	*out = datetime_make(p->day_cache, (int)((h1 * 10 + h2) * 60 +
	    m1 * 10 + m2));
	return true;
}

struct colmaps;

int	visit_header(const struct csvrow *, const char *,
	    const struct colmaps *, struct visit_header *, struct diag *);
void	visit_begin(struct visit_parse *);
int	visit_field(struct visit_parse *, const struct visit_header *, size_t,
	    const char *, size_t);
int	visit_end(struct visit_parse *, const struct visit_header *);
int	visit_row(const struct visit_header *, const struct csvrow *,
	    const char *, struct visit_parse *, struct visit_row *,
	    struct diag *);

#endif
