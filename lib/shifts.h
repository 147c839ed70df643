/* Timesheet rows (one worked shift each, as in the FK time report) and
 * staff rosters: columns, validation, kinds. */
#ifndef CARETOOLS_SHIFTS_H
#define CARETOOLS_SHIFTS_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "csvin.h"
#include "dates.h"
#include "diag.h"
#include "values.h"

#define SHIFT_MAX_MINUTES	(48 * 60)	/* longer is a typing error */

enum shift_col {
	SC_CASE, SC_STAFF, SC_DATE, SC_START, SC_END, SC_KIND, SC_HOURS,
	SC_COUNT
};

struct shift_header {
	int		col[SC_COUNT];	/* index in the row, or -1 */
	size_t		ncols;
	signed char	role[CSVIN_MAX_FIELDS];	/* col -> enum shift_col */
};

/* A row being read field by field; the first problem is kept for the
 * row's message. */
struct shift_parse {
	char		 day_text[10];	/* the last date read, kept across rows */
	cdate		 day_cache;
	cdate		 month_first;	/* day_cache's month */
	unsigned	 month_days;
	cdate		 day;
	cminute		 start, end;
	enum shift_kind	 kind;
	double		 stated;
	struct row_error e;		/* the row's first problem */
};

/* One valid row.  Times are local civil minutes in the case's zone. */
struct shift_row {
	const char	*case_id;
	size_t		 case_len;
	const char	*staff;
	size_t		 staff_len;
	cminute		 start, end;
	cdate		 day;		/* start's */
	enum shift_kind	 kind;
	double		 stated;	/* hours in the row; < 0: none */
};

struct roster_row {
	const char	*staff;
	bool		 qualified;
	const char	*employment;	/* NULL: not given */
	int		 worktime;	/* enum worktime; -1: not given */
};

/* Hours written as whole.hundredths (8.50: 8 and 50), as a row states
 * them: the one way the reader and the read-ahead make the number. */
static inline double
shift_hours(unsigned whole, unsigned hundredths)
{
	return whole + hundredths / 100.0;
}

/* A date as YYYY-MM-DD in the month of the last one read (day_text,
 * itself YYYY-MM-DD): its day counted from the month's first, the
 * calendar not asked.  False for any other date. */
static inline bool
shift_day_near(struct shift_parse *p, const char *s, size_t len)
{
	unsigned d1, d2, dd;

	if (len != 10 || p->day_cache == 0 || p->day_text[4] != '-' ||
	    memcmp(s, p->day_text, 8) != 0)
		return false;
	d1 = (unsigned)(s[8] - '0');
	d2 = (unsigned)(s[9] - '0');
	dd = d1 * 10 + d2;
	if (d1 > 9 || d2 > 9 || dd - 1 >= p->month_days)
		return false;
	p->day = p->month_first + (cdate)dd - 1;
	p->day_text[8] = s[8];
	p->day_text[9] = s[9];
	p->day_cache = p->day;
	return true;
}

struct colmaps;

int	shift_header(const struct csvrow *, const char *,
	    const struct colmaps *, struct shift_header *, struct diag *);
int	shift_row(const struct shift_header *, const struct csvrow *,
	    const char *, struct shift_row *, struct diag *);
void	shift_begin(struct shift_parse *);
int	shift_field(struct shift_parse *, const struct shift_header *, size_t,
	    const char *, size_t);
int	shift_end(struct shift_parse *, const struct shift_header *,
	    struct shift_row *);
bool	shift_id_ok(const char *, size_t);
int	roster_header(const struct csvrow *, const char *,
	    const struct colmaps *, int *, struct diag *);
int	roster_row(const int *, const struct csvrow *, const char *,
	    struct roster_row *, struct diag *);

#endif
