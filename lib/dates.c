#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "dates.h"
#include "text.h"

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
 * (H. Hinnant, "chrono-compatible low-level date algorithms"). */
cdate
date_from_ymd(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (cdate)(era * 146097 + doe - 719468);
}

void
date_to_ymd(cdate z0, int *yp, int *mp, int *dp)
{
	int32_t z = z0 + 719468;
	int32_t era = (z >= 0 ? z : z - 146096) / 146097;
	int32_t doe = z - era * 146097;
	int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int32_t mp0 = (5 * doy + 2) / 153;
	int32_t d = doy - (153 * mp0 + 2) / 5 + 1;
	int32_t m = mp0 < 10 ? mp0 + 3 : mp0 - 9;

	*yp = (int)(yoe + era * 400 + (m <= 2));
	*mp = (int)m;
	*dp = (int)d;
}

bool
date_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_month_days(int y, int m)
{
	static const int days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 && date_leap(y) ? 29 : days[m - 1];
}

/* ISO weekday: 1 Monday ... 7 Sunday. */
int
date_weekday(cdate d)
{
	int w = (int)((d % 7 + 7 + 3) % 7);	/* 1970-01-01 was a Thursday */

	return w + 1;
}

int
date_year(cdate d)
{
	int y, m, dd;

	date_to_ymd(d, &y, &m, &dd);
	return y;
}

/* Adds whole months; a day past the end of the final month becomes its
 * last day (2026-08-31 + 6 months = 2027-02-28). */
cdate
date_add_months(cdate d, int n)
{
	int y, m, dd, mi, last;

	date_to_ymd(d, &y, &m, &dd);
	mi = y * 12 + (m - 1) + n;
	y = mi >= 0 ? mi / 12 : (mi - 11) / 12;
	m = mi - y * 12 + 1;
	last = date_month_days(y, m);
	return date_from_ymd(y, m, dd > last ? last : dd);
}

cdate
date_month_start(cdate d)
{
	int y, m, dd;

	date_to_ymd(d, &y, &m, &dd);
	return date_from_ymd(y, m, 1);
}

cdate
date_month_end(cdate d)
{
	int y, m, dd;

	date_to_ymd(d, &y, &m, &dd);
	return date_from_ymd(y, m, date_month_days(y, m));
}

cdate
date_iso_week_start(cdate d)
{
	return d - (date_weekday(d) - 1);
}

char *
date_format(cdate d, char *buf)
{
	int y, m, dd;

	if (d == DATE_NONE) {
		buf[0] = '\0';
		return buf;
	}
	date_to_ymd(d, &y, &m, &dd);
	if (y < 0 || y > 9999) {
		snprintf(buf, DATE_BUFSZ, "%04d-%02d-%02d", y, m, dd);
		return buf;
	}
	/* by hand: messages and reports format dates by the million */
	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + dd / 10);
	buf[9] = (char)('0' + dd % 10);
	buf[10] = '\0';
	return buf;
}

/* Reads exactly n decimal digits. */
static bool
digits(const char *s, int n, int *out)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

static enum date_status
ymd_parse(const char *s, int *y, int *m, int *d)
{
	if (!digits(s, 4, y) || s[4] != '-' || !digits(s + 5, 2, m) ||
	    s[7] != '-' || !digits(s + 8, 2, d))
		return DATE_SYNTAX;
	if (*m < 1 || *m > 12 || *d < 1)
		return DATE_NODAY;
	if (*y < DATE_MIN_YEAR || *y > DATE_MAX_YEAR)
		return DATE_RANGE;
	if (*d > date_month_days(*y, *m))
		return DATE_NODAY;
	return DATE_OK;
}

/* YYYY-MM-DD, a real day. */
enum date_status
date_parse(const char *s, size_t len, cdate *out)
{
	enum date_status st;
	int y, m, d;

	if (len != 10)
		return DATE_SYNTAX;
	if ((st = ymd_parse(s, &y, &m, &d)) != DATE_OK)
		return st;
	*out = date_from_ymd(y, m, d);
	return DATE_OK;
}

/* YYYY-MM; the result is the first day of the month. */
enum date_status
month_parse(const char *s, size_t len, cdate *out)
{
	int y, m;

	if (len != 7 || !digits(s, 4, &y) || s[4] != '-' ||
	    !digits(s + 5, 2, &m))
		return DATE_SYNTAX;
	if (m < 1 || m > 12)
		return DATE_NODAY;
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR)
		return DATE_RANGE;
	*out = date_from_ymd(y, m, 1);
	return DATE_OK;
}

/* HH:MM from 00:00 to 23:59, or 24:00 (the end of the day). */
enum date_status
time_parse(const char *s, size_t len, int *out)
{
	int h, m;

	if (len != 5 || !digits(s, 2, &h) || s[2] != ':' ||
	    !digits(s + 3, 2, &m))
		return DATE_SYNTAX;
	if (m > 59 || h > 24 || (h == 24 && m != 0))
		return DATE_NODAY;
	*out = h * 60 + m;
	return DATE_OK;
}

/* YYYY-MM-DDTHH:MM or YYYY-MM-DD HH:MM. */
enum date_status
datetime_parse(const char *s, size_t len, cminute *out)
{
	enum date_status st;
	cdate d;
	int t;

	if (len != 16 || (s[10] != 'T' && s[10] != ' '))
		return DATE_SYNTAX;
	if ((st = date_parse(s, 10, &d)) != DATE_OK)
		return st;
	if ((st = time_parse(s + 11, 5, &t)) != DATE_OK)
		return st;
	*out = datetime_make(d, t);
	return DATE_OK;
}

/* Why a date, month, time or date-time did not parse, for a message. */
const char *
date_status_str(enum date_status st)
{
	switch (st) {
	case DATE_OK:
		return N_("valid");
	case DATE_SYNTAX:
		return N_("malformed");
	case DATE_NODAY:
		return N_("no such day or time");
	case DATE_RANGE:
		return N_("year outside 1900-9999");
	case DATE_AMBIGUOUS:
		return N_("slashed dates are ambiguous, day or month first");
	}
	return N_("invalid");
}

char *
datetime_format(cminute t, char *buf)
{
	int c = datetime_clock(t);
	size_t n = strlen(date_format(datetime_date(t), buf));

	buf[n] = ' ';
	buf[n + 1] = (char)('0' + c / 600);
	buf[n + 2] = (char)('0' + c / 60 % 10);
	buf[n + 3] = ':';
	buf[n + 4] = (char)('0' + c % 60 / 10);
	buf[n + 5] = (char)('0' + c % 10);
	buf[n + 6] = '\0';
	return buf;
}

static const struct {
	const char	*suffix;
	enum dur_unit	 unit;
} units[] = {
	{ "d", DUR_DAYS }, { "w", DUR_WEEKS }, { "m", DUR_MONTHS },
	{ "y", DUR_YEARS }, { "wd", DUR_WORKDAYS }, { "h", DUR_HOURS },
	{ "min", DUR_MINUTES },
};

/* 14d, 2w, 6m, 1y, 5wd, 36h, 90min: a whole number and a unit.
 * Returns 0, or -1 when s is not a duration. */
int
dur_parse(const char *s, size_t len, struct duration *out)
{
	size_t i = 0, k;
	int64_t n = 0;

	while (i < len && s[i] >= '0' && s[i] <= '9') {
		n = n * 10 + (s[i] - '0');
		if (n > 1000000)
			return -1;
		i++;
	}
	if (i == 0)
		return -1;
	for (k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (text_eq(s + i, len - i, units[k].suffix)) {
			out->n = (int32_t)n;
			out->unit = units[k].unit;
			return 0;
		}
	return -1;
}

/* A duration spelt out for a message: "14 days", "5 working days",
 * "1 month". */
char *
dur_format(struct duration d, char *buf, size_t size)
{
	static const char *const words[][2] = {
		[DUR_DAYS] = { NP_("%d day", "%d days") },
		[DUR_WEEKS] = { NP_("%d week", "%d weeks") },
		[DUR_MONTHS] = { NP_("%d month", "%d months") },
		[DUR_YEARS] = { NP_("%d year", "%d years") },
		[DUR_WORKDAYS] = { NP_("%d working day", "%d working days") },
		[DUR_HOURS] = { NP_("%d hour", "%d hours") },
		[DUR_MINUTES] = { NP_("%d minute", "%d minutes") },
	};
	unsigned long n = d.n < 0 ? 0 : (unsigned long)d.n;

	if ((unsigned)d.unit >= sizeof(words) / sizeof(words[0]))
		snprintf(buf, size, "%d?", (int)d.n);
	else
		snprintf(buf, size, FN_(words[d.unit][0], words[d.unit][1], n),
		    (int)d.n);
	return buf;
}

/* Whether the duration counts days rather than clock time. */
bool
dur_is_calendar(struct duration d)
{
	return d.unit != DUR_HOURS && d.unit != DUR_MINUTES;
}

/* Length in minutes of a clock-time duration; calendar units count
 * 24-hour days. */
int64_t
dur_minutes(struct duration d)
{
	switch (d.unit) {
	case DUR_MINUTES:
		return d.n;
	case DUR_HOURS:
		return (int64_t)d.n * 60;
	case DUR_DAYS:
	case DUR_WORKDAYS:
		return (int64_t)d.n * 1440;
	case DUR_WEEKS:
		return (int64_t)d.n * 7 * 1440;
	case DUR_MONTHS:
		return (int64_t)d.n * 30 * 1440;
	case DUR_YEARS:
		return (int64_t)d.n * 365 * 1440;
	}
	return 0;
}
