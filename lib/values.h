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
