/* Values as the users' exports write them, all read here: numbers with a
 * decimal point or comma, dates year first or day first, clock times with
 * a colon, a point or neither, booleans in English, Swedish and Danish,
 * and the kinds of shift with the words of FK's time report and of
 * Danish rosters.  Each reader takes a counted string and gives the
 * canonical value; the *_FORMS strings name what is accepted, for
 * messages.  The canonical forms are read first and fastest. */
#ifndef CARETOOLS_VALUES_H
#define CARETOOLS_VALUES_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"

enum shift_kind {
	KIND_ACTIVE,		/* the default */
	KIND_ON_CALL,		/* jour */
	KIND_STANDBY,		/* beredskap */
	KIND_INTRODUCTION,
	KIND_COUNT
};

#define VALUE_DATE_FORMS	"YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY or DD-MM-YYYY"
#define VALUE_TIME_FORMS	"HH:MM, H:MM, HH.MM, H.MM or HHMM"
#define VALUE_DATETIME_FORMS	"a date and a time such as 2026-03-28T22:00, " \
	"28.03.2026 22.00 or 20260328T2200"
#define VALUE_BOOL_FORMS	"true or false (also yes/no, ja/nej, 1/0, " \
	"on/off, x for yes)"
#define VALUE_KIND_FORMS	"active, on-call, standby or introduction, " \
	"or a Swedish or Danish word for one"

enum date_status value_date(const char *, size_t, cdate *);
enum date_status value_time(const char *, size_t, int *);
enum date_status value_datetime(const char *, size_t, cminute *);
const char	*value_date_why(enum date_status);
const char	*value_time_why(enum date_status);
const char	*value_datetime_why(enum date_status);
bool		 value_number(const char *, size_t, double *);
bool		 value_bool(const char *, size_t, bool *);
bool		 value_kind(const char *, size_t, enum shift_kind *);
const char	*value_kind_refusal(char *, size_t, const char *, size_t);
const char	*shift_kind_name(enum shift_kind);

#endif
