/* One table writer for every report mode (-s, --fk-month, --continuity,
 * --holidays): text for people, in columns, with a bar where the table
 * has one; CSV with a header line and JSON one object a line for
 * programs. */
#ifndef CARETOOLS_TABLE_H
#define CARETOOLS_TABLE_H

#include <stddef.h>
#include <stdio.h>

#include "dates.h"
#include "report.h"

enum col_kind {
	COL_TEXT,	/* a string */
	COL_COUNT,	/* a whole number */
	COL_FIXED,	/* a number, two decimals */
	COL_NUMTEXT,	/* a number already formatted; "" is none (null) */
	COL_PERIOD	/* two dates: KEY_start, KEY_end; text "a..b" */
};

struct column {
	const char	*key;		/* CSV header and JSON key */
	const char	*head;		/* text heading; NULL: the key */
	enum col_kind	 kind;
	int		 width;		/* text, in characters; < 0: left */
	const char	*suffix;	/* text: after a value that is not "",
					   within the width */
};

struct cell {
	const char	*s;		/* COL_TEXT, COL_NUMTEXT; NULL: none
					   (blank, an empty CSV field, no
					   JSON key) */
	long long	 n;		/* COL_COUNT */
	double		 x;		/* COL_FIXED */
	cdate		 from, to;	/* COL_PERIOD */
};

struct table {
	FILE			*fp;
	enum out_format		 fmt;
	const struct column	*cols;
	size_t			 ncols;
	const char		*bar;	/* text: a bar after the columns and
					   its heading; NULL: none */
};

void	table_init(struct table *, FILE *, enum out_format,
	    const struct column *, size_t);
void	table_head(const struct table *);
void	table_row(const struct table *, const struct cell *, double);
void	table_text_row(const struct table *, const struct cell *, double);
void	table_text_line(const struct table *, const char *);
int	table_end(const struct table *);
size_t	text_width(const char *);

#endif
