/* CSV through libcsv in strict mode, as a stream of rows that know their
 * line numbers. */
#ifndef CARETOOLS_CSVIN_H
#define CARETOOLS_CSVIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "input.h"

#define CSVIN_MAX_FIELD		(1024 * 1024)	/* bytes in one field */
#define CSVIN_MAX_FIELDS	1024		/* fields in one row */

struct csvrow {
	long		  line;		/* the row's first line */
	int		  delim;	/* the delimiter it was split at */
	size_t		  n;
	char		**f;		/* NUL-terminated, valid until next row */
	size_t		 *len;
};

struct csvin;

/* The push side, for logs of millions of rows: each field goes to field()
 * as it is read (its text valid only during the call), then row() ends the
 * row, or drop() when the reader rejected it (reported).
 *
 * fast(), when given, takes the fields of blocks the reader found plain
 * (ASCII, no quotes): libcsv calls it itself, with a pointer to the
 * struct csvin_fast at the start of the reader; it must count the field
 * (nf++) and may read arg.  Its text holds no line break, quote or byte
 * >= 0x80, and the row's line comes with row().  A row of more than
 * CSVIN_MAX_FIELDS fields is dropped (drop(), reported); the fields past
 * that many may or may not have gone to fast() before.
 *
 * fast_row(), when given with fast(), takes instead the rows the reader
 * splits itself (the whole lines of a plain block) a row at a time, before
 * row(): field k is row[from, end[k]), from 0 for the first and
 * end[k - 1] + 1 after; n is at most CSVIN_MAX_FIELDS (row() says how many
 * there were).  Without fast() the reader splits no row itself.
 *
 * held(), when the sink has held the input (input_hold), is called there:
 * clean says whether the reader is at a row's start, with nothing open,
 * on line `line`.  The sink lifts the hold (input_go_on), moving the input
 * on past the rows it took itself only when clean, and returns how many
 * lines those were. */
struct csvin_fast {
	void	*arg;		/* the sink's argument */
	size_t	 nf;		/* fields of the open row so far */
};

struct csv_sink {
	void	(*field)(void *, size_t, const char *, size_t, long);
	void	(*row)(void *, size_t, long);
	void	(*drop)(void *);
	void	(*fast)(void *, size_t, void *);
	void	 *arg;
	void	(*fast_row)(void *, const char *, const uint32_t *, size_t);
	long	(*held)(void *, bool, long);
};

struct csvin	*csvin_open(struct input *);
int		 csvin_next(struct csvin *, struct csvrow *, struct diag *);
void		 csvin_stream(struct csvin *, const struct csv_sink *,
		    struct diag *);
void		 csvin_expect(struct csvin *, size_t);
void		 csvin_tune(struct csvin *, bool, size_t);
unsigned long	 csvin_rejected(const struct csvin *);
unsigned long	 csvin_left_out(struct csvin *, const char *, const char *,
		    struct diag *);
bool		 csvin_first_lost(const struct csvin *);
void		 csvin_close(struct csvin *);

int		 csv_write_field(FILE *, const char *);

/* A row parser's first problem, kept until the row ends and its line is
 * known. */
struct row_error {
	bool	bad;
	char	err[200];
};

void		 row_problem(struct row_error *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

#endif
