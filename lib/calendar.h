/* Public holidays and working days of Sweden and Denmark. */
#ifndef CARETOOLS_CALENDAR_H
#define CARETOOLS_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"

enum country {
	COUNTRY_SE,
	COUNTRY_DK
};

#define CAL_MAX_HOLIDAYS	24
#define CAL_FIRST_YEAR		1900	/* the range --holidays lists */
#define CAL_LAST_YEAR		2100

struct holiday {
	cdate		 date;
	const char	*name;
};

cdate	cal_easter(int);
size_t	cal_holidays(enum country, int, struct holiday *);
bool	cal_is_workday(enum country, cdate);
cdate	cal_workdays_after(enum country, cdate, int);
cdate	cal_roll_forward(enum country, cdate);
cdate	cal_add(enum country, cdate, struct duration);
cdate	cal_last_before(enum country, cdate, struct duration);
int	cal_country_parse(const char *, enum country *);

#endif
