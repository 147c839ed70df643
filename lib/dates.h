/* Civil dates, clock times, local date-times and durations. */
#ifndef CARETOOLS_DATES_H
#define CARETOOLS_DATES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int32_t cdate;		/* days since 1970-01-01 */
typedef int64_t cminute;	/* minutes since 1970-01-01 00:00, civil */

#define DATE_NONE	INT32_MIN
#define DATE_MIN_YEAR	1900
#define DATE_MAX_YEAR	9999
#define DATE_BUFSZ	16	/* "YYYY-MM-DD" and room to spare */
#define DATETIME_BUFSZ	24

enum date_status {
	DATE_OK,
	DATE_SYNTAX,		/* not of the form asked for */
	DATE_NODAY,		/* 2026-02-30, 2026-13-01, 24:30 */
	DATE_RANGE,		/* year outside DATE_MIN_YEAR..DATE_MAX_YEAR */
	DATE_AMBIGUOUS		/* 01/10/2026: day or month first? */
};

enum dur_unit {
	DUR_DAYS, DUR_WEEKS, DUR_MONTHS, DUR_YEARS, DUR_WORKDAYS,
	DUR_HOURS, DUR_MINUTES
};

struct duration {
	int32_t		n;
	enum dur_unit	unit;
};

cdate	date_from_ymd(int, int, int);
void	date_to_ymd(cdate, int *, int *, int *);
bool	date_leap(int);
int	date_month_days(int, int);
int	date_weekday(cdate);
int	date_year(cdate);
cdate	date_add_months(cdate, int);
cdate	date_month_start(cdate);
cdate	date_month_end(cdate);
cdate	date_iso_week_start(cdate);
char	*date_format(cdate, char *);

enum date_status date_parse(const char *, size_t, cdate *);
enum date_status month_parse(const char *, size_t, cdate *);
enum date_status time_parse(const char *, size_t, int *);
enum date_status datetime_parse(const char *, size_t, cminute *);
const char	*date_status_str(enum date_status);

char	*datetime_format(cminute, char *);

int	dur_parse(const char *, size_t, struct duration *);
char	*dur_format(struct duration, char *, size_t);
bool	dur_is_calendar(struct duration);
int64_t	dur_minutes(struct duration);

static inline cminute
datetime_make(cdate d, int minute_of_day)
{
	return (cminute)d * 1440 + minute_of_day;
}

static inline cdate
datetime_date(cminute t)
{
	return (cdate)(t >= 0 ? t / 1440 : (t - 1439) / 1440);
}

/* Minutes after midnight. */
static inline int
datetime_clock(cminute t)
{
	return (int)(t - (cminute)datetime_date(t) * 1440);
}

#endif
