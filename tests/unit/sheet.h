/* A small timesheet built by hand for the suites of the hours-check rule
 * families: cases read from YAML, shifts added one by one. */
#ifndef CARETOOLS_TEST_SHEET_H
#define CARETOOLS_TEST_SHEET_H

#include "tools/hours_int.h"

#define SHEET_MAX	128

struct sheet {
	struct profiles		 ps;
	struct caseset		 set;
	struct findings		 f;
	struct timesheet	 ts;
	struct strmap		 map;
	struct hcase		 cases[4];
	struct staff		 staff[SHEET_MAX];
	struct stored		 v[SHEET_MAX];
	uint32_t		 l[SHEET_MAX];	/* 0 .. n - 1 */
	const char		*files[1];
	struct rowmark		 mark;		/* s.csv from line 2 */
};

void		 sheet_init(struct sheet *, const char *);
uint32_t	 sheet_shift(struct sheet *, size_t, const char *,
		    const char *, const char *, enum shift_kind);
const char	*sheet_findings(struct sheet *);
void		 sheet_free(struct sheet *);

#endif
