#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "calendar.h"

#define CACHE_FIRST	1900
#define CACHE_LAST	2200

/* Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm,
 * Meeus/Jones/Butcher). */
cdate
cal_easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31;
	int day = (h + l - 7 * m + 114) % 31 + 1;

	return date_from_ymd(y, month, day);
}

/* The first day in [from, from + span) that is the given weekday. */
static cdate
weekday_in(cdate from, int span, int weekday)
{
	int i;

	for (i = 0; i < span; i++)
		if (date_weekday(from + i) == weekday)
			return from + i;
	return from;
}

static void
add(struct holiday *h, size_t *n, cdate d, const char *name)
{
	h[*n].date = d;
	h[*n].name = name;
	(*n)++;
}

/* Sweden: lag 1989:253 and the eves treated like Sundays. */
static size_t
holidays_se(int y, struct holiday *h)
{
	cdate easter = cal_easter(y);
	size_t n = 0;

	add(h, &n, date_from_ymd(y, 1, 1), "Nyårsdagen");
	add(h, &n, date_from_ymd(y, 1, 6), "Trettondedag jul");
	add(h, &n, easter - 2, "Långfredagen");
	add(h, &n, easter, "Påskdagen");
	add(h, &n, easter + 1, "Annandag påsk");
	add(h, &n, date_from_ymd(y, 5, 1), "Första maj");
	add(h, &n, easter + 39, "Kristi himmelsfärdsdag");
	add(h, &n, easter + 49, "Pingstdagen");
	if (y <= 2004)
		add(h, &n, easter + 50, "Annandag pingst");
	if (y >= 2005)
		add(h, &n, date_from_ymd(y, 6, 6), "Sveriges nationaldag");
	add(h, &n, weekday_in(date_from_ymd(y, 6, 19), 7, 5),
	    "Midsommarafton");
	add(h, &n, weekday_in(date_from_ymd(y, 6, 20), 7, 6),
	    "Midsommardagen");
	add(h, &n, weekday_in(date_from_ymd(y, 10, 31), 7, 6),
	    "Alla helgons dag");
	add(h, &n, date_from_ymd(y, 12, 24), "Julafton");
	add(h, &n, date_from_ymd(y, 12, 25), "Juldagen");
	add(h, &n, date_from_ymd(y, 12, 26), "Annandag jul");
	add(h, &n, date_from_ymd(y, 12, 31), "Nyårsafton");
	return n;
}

/* Denmark: helligdagsloven; store bededag abolished from 2024. */
static size_t
holidays_dk(int y, struct holiday *h)
{
	cdate easter = cal_easter(y);
	size_t n = 0;

	add(h, &n, date_from_ymd(y, 1, 1), "Nytårsdag");
	add(h, &n, easter - 3, "Skærtorsdag");
	add(h, &n, easter - 2, "Langfredag");
	add(h, &n, easter, "Påskedag");
	add(h, &n, easter + 1, "2. påskedag");
	if (y <= 2023)
		add(h, &n, easter + 26, "Store bededag");
	add(h, &n, easter + 39, "Kristi himmelfartsdag");
	add(h, &n, easter + 49, "Pinsedag");
	add(h, &n, easter + 50, "2. pinsedag");
	add(h, &n, date_from_ymd(y, 12, 25), "1. juledag");
	add(h, &n, date_from_ymd(y, 12, 26), "2. juledag");
	return n;
}

/* The year's holidays in date order; two on one day keep the order of the
 * law.  Returns how many, at most CAL_MAX_HOLIDAYS. */
size_t
cal_holidays(enum country c, int year, struct holiday *h)
{
	struct holiday t;
	size_t n, i, j;

	n = c == COUNTRY_SE ? holidays_se(year, h) : holidays_dk(year, h);
	for (i = 1; i < n; i++) {
		t = h[i];
		for (j = i; j > 0 && h[j - 1].date > t.date; j--)
			h[j] = h[j - 1];
		h[j] = t;
	}
	return n;
}

/* Non-working days of one year as a bitmap by day of year. */
struct yearmap {
	int		year;	/* 0: not filled */
	uint8_t		bits[46];
};

static _Thread_local struct yearmap cache[2][CACHE_LAST - CACHE_FIRST + 1];

static void
fill_map(enum country c, int year, struct yearmap *ym)
{
	struct holiday h[CAL_MAX_HOLIDAYS];
	cdate first = date_from_ymd(year, 1, 1), d;
	size_t n, i;
	int doy;

	memset(ym->bits, 0, sizeof(ym->bits));
	for (d = first; date_year(d) == year; d++)
		if (date_weekday(d) >= 6) {
			doy = d - first;
			ym->bits[doy / 8] |= (uint8_t)(1u << (doy % 8));
		}
	n = cal_holidays(c, year, h);
	for (i = 0; i < n; i++) {
		doy = h[i].date - first;
		ym->bits[doy / 8] |= (uint8_t)(1u << (doy % 8));
	}
	ym->year = year;
}

bool
cal_is_workday(enum country c, cdate d)
{
	struct yearmap scratch, *ym;
	int year = date_year(d), doy;

	if (year >= CACHE_FIRST && year <= CACHE_LAST)
		ym = &cache[c][year - CACHE_FIRST];
	else {
		ym = &scratch;
		ym->year = 0;
	}
	if (ym->year != year)
		fill_map(c, year, ym);
	doy = d - date_from_ymd(year, 1, 1);
	return !(ym->bits[doy / 8] & (1u << (doy % 8)));
}

/* The n-th working day strictly after d; for n < 0, the -n-th strictly
 * before it; d itself for 0. */
cdate
cal_workdays_after(enum country c, cdate d, int n)
{
	int step = n < 0 ? -1 : 1;

	while (n != 0) {
		d += step;
		if (cal_is_workday(c, d))
			n -= step;
	}
	return d;
}

/* d when it is a working day, else the next working day (lag 1930:173). */
cdate
cal_roll_forward(enum country c, cdate d)
{
	while (!cal_is_workday(c, d))
		d++;
	return d;
}

/* d plus a calendar duration; clock units are counted in whole days. */
cdate
cal_add(enum country c, cdate d, struct duration dur)
{
	switch (dur.unit) {
	case DUR_DAYS:
		return d + dur.n;
	case DUR_WEEKS:
		return d + 7 * dur.n;
	case DUR_MONTHS:
		return date_add_months(d, dur.n);
	case DUR_YEARS:
		return date_add_months(d, 12 * dur.n);
	case DUR_WORKDAYS:
		return cal_workdays_after(c, d, dur.n);
	case DUR_HOURS:
		return d + dur.n / 24;
	case DUR_MINUTES:
		return d + dur.n / 1440;
	}
	return d;
}

/* The last day from which a duration still reaches no later than d: a
 * request made then is in time for d (request + duration <= d, the same
 * month arithmetic, clamped to a month's end, as every deadline forward).
 * 28 February less a month is 31 January, not 28 January. */
cdate
cal_last_before(enum country c, cdate d, struct duration dur)
{
	struct duration back = dur;
	cdate r;

	back.n = -back.n;
	r = cal_add(c, d, back);
	while (cal_add(c, r, dur) > d)
		r--;
	while (cal_add(c, r + 1, dur) <= d)
		r++;
	return r;
}

int
cal_country_parse(const char *s, enum country *c)
{
	if (strcasecmp(s, "SE") == 0)
		*c = COUNTRY_SE;
	else if (strcasecmp(s, "DK") == 0)
		*c = COUNTRY_DK;
	else
		return -1;
	return 0;
}

