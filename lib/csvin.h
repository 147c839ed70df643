/* CSV through libcsv in strict mode, as a stream of rows that know their
 * line numbers. */
#ifndef CARETOOLS_CSVIN_H
#define CARETOOLS_CSVIN_H

#include <stddef.h>

#include "diag.h"
#include "input.h"

#define CSVIN_MAX_FIELD		(1024 * 1024)	/* bytes in one field */
#define CSVIN_MAX_FIELDS	1024		/* fields in one row */

struct csvrow {
	long		  line;		/* the row's first line */
	size_t		  n;
	char		**f;		/* NUL-terminated, valid until next row */
	size_t		 *len;
};

struct csvin;

struct csvin	*csvin_open(struct input *);
int		 csvin_next(struct csvin *, struct csvrow *, struct diag *);
void		 csvin_expect(struct csvin *, size_t);
unsigned long	 csvin_rejected(const struct csvin *);
void		 csvin_close(struct csvin *);

int		 csv_header_map(const struct csvrow *, const char *,
		    const char *, const char *const *, size_t, int *,
		    struct diag *);
int		 csv_write_field(FILE *, const char *);

#endif
