#include <stdbool.h>
#include <string.h>

#include "i18n.h"
#include "dates.h"
#include "personid.h"

static bool
all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static int
num(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static bool
real_day(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= date_month_days(y, m);
}

/* Luhn over the ten digits YYMMDDNNNC: C makes the weighted sum a
 * multiple of ten. */
static bool
luhn(const char *ten)
{
	int i, sum = 0, v;

	for (i = 0; i < 10; i++) {
		v = (ten[i] - '0') * (i % 2 == 0 ? 2 : 1);
		sum += v > 9 ? v - 9 : v;
	}
	return sum % 10 == 0;
}

/* A Swedish personnummer or samordningsnummer (day plus 60): YYMMDD-NNNC,
 * YYMMDD+NNNC (a hundred years or older), YYMMDDNNNC, YYYYMMDDNNNC or
 * YYYYMMDD-NNNC.  The century of a short form is taken relative to
 * this_year. */
enum pid_status
personid_se(const char *s, int this_year)
{
	char ten[11];
	size_t len = strlen(s);
	int year, m, d, yy;
	bool plus = false;

	if (len == 13 && (s[8] == '-' || s[8] == '+') && all_digits(s, 8) &&
	    all_digits(s + 9, 4)) {
		year = num(s, 4);
		memcpy(ten, s + 2, 6);
		memcpy(ten + 6, s + 9, 4);
	} else if (len == 12 && all_digits(s, 12)) {
		year = num(s, 4);
		memcpy(ten, s + 2, 10);
	} else if ((len == 11 && (s[6] == '-' || s[6] == '+') &&
	    all_digits(s, 6) && all_digits(s + 7, 4)) ||
	    (len == 10 && all_digits(s, 10))) {
		plus = len == 11 && s[6] == '+';
		memcpy(ten, s, 6);
		memcpy(ten + 6, s + len - 4, 4);
		yy = num(s, 2);
		year = this_year - (this_year - yy) % 100;
		if (year > this_year)
			year -= 100;
		if (plus)
			year -= 100;
	} else
		return PID_FORM;
	ten[10] = '\0';
	m = num(ten + 2, 2);
	d = num(ten + 4, 2);
	if (d > 60)
		d -= 60;	/* samordningsnummer */
	if (!real_day(year, m, d))
		return PID_DATE;
	return luhn(ten) ? PID_OK : PID_CHECK;
}

/* A Danish CPR number, DDMMYY-SSSS or DDMMYYSSSS: a real date in the
 * century the first serial digit gives.  No modulus-11 check: numbers
 * without it have been issued since 2007. */
enum pid_status
personid_dk(const char *s)
{
	size_t len = strlen(s);
	const char *serial;
	int d, m, yy, c, year;

	if (len == 11 && s[6] == '-' && all_digits(s, 6) &&
	    all_digits(s + 7, 4))
		serial = s + 7;
	else if (len == 10 && all_digits(s, 10))
		serial = s + 6;
	else
		return PID_FORM;
	d = num(s, 2);
	m = num(s + 2, 2);
	yy = num(s + 4, 2);
	c = serial[0] - '0';
	if (c <= 3)
		year = 1900 + yy;
	else if (c == 4 || c == 9)
		year = yy <= 36 ? 2000 + yy : 1900 + yy;
	else
		year = yy <= 57 ? 2000 + yy : 1800 + yy;
	return real_day(year, m, d) ? PID_OK : PID_DATE;
}

const char *
personid_problem(enum pid_status st)
{
	switch (st) {
	case PID_OK:
		return N_("valid");
	case PID_FORM:
		return N_("not of a known form");
	case PID_DATE:
		return N_("no such date of birth");
	case PID_CHECK:
		return N_("wrong check digit");
	}
	return N_("invalid");
}
