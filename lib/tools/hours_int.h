/* hours-check's engine inside: the shifts it stores, their cases and
 * staff, and the timesheet view the rule families read at the end of the
 * stream. */
#ifndef CARETOOLS_HOURS_INT_H
#define CARETOOLS_HOURS_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "actlog.h"
#include "arena.h"
#include "cases.h"
#include "finding.h"
#include "hours.h"
#include "profile.h"
#include "shifts.h"
#include "strmap.h"
#include "tz.h"

/* The longest a stored shift lasts: the longest shift, and the hour the
 * clock is put back in autumn. */
#define STORED_MAX_MINUTES	(SHIFT_MAX_MINUTES + 60)

/* One shift as the end-of-stream rules need it: 16 bytes.  Its file and
 * line are in the timesheet's row marks. */
struct stored {
	int32_t		start;		/* UTC minutes since 1970 */
	uint32_t	staff, kase;
	uint16_t	len;		/* minutes, <= STORED_MAX_MINUTES */
	uint8_t		kind;
	uint8_t		pad;
};

_Static_assert(sizeof(struct stored) == 16, "a stored shift is 16 bytes");

/* Where stored shifts first..next mark's first came from: one file, one
 * row a line.  A new mark starts where a row is not on the line after
 * the last (a row left out, a field over lines, the next file). */
struct rowmark {
	uint32_t	first;		/* index in the store */
	uint16_t	file;
	long		line;		/* of the shift at first */
};

static inline int32_t
stored_end(const struct stored *s)
{
	return s->start + s->len;
}

/* Hours of one case in one calendar month of one accounting period, as
 * the shifts came: a month may have more than one (merged at the end). */
struct monthsum {
	cdate		 month;		/* its first day in the period */
	double		 used, inside;	/* weighted; inside: billable */
};

/* Hours of one case in one accounting period. */
struct period {
	double		used;		/* weighted hours */
	double		inside;		/* of them inside a decision */
	double		inside_year[2];	/* by calendar year, from the start's */
	unsigned long	shifts;
};

enum period_unit { PER_MONTH, PER_WEEK, PER_MONTHS, PER_DAYS };

struct hcase {
	const struct care_case	*c;
	const struct profile	*p;
	enum zone		 zone;
	bool			 granted;	/* hours.granted applies */
	enum period_unit	 unit;
	int			 len;		/* months or days a period */
	cdate			 anchor;	/* DATE_NONE until known */
	struct period		*per;
	int			 lo, n;		/* periods lo .. lo + n - 1 */
	cdate			 end;		/* case or contract end */
	cdate			 day;		/* cache: the last shift's day */
	int			 day_pidx;
	int			 day_where;	/* 0 inside, else why not */
	int			 day_slot;	/* its year: 0 the period's */
	uint32_t		 first, count;	/* its run in v, when grouped */
	cdate			 per_first, per_last;	/* period day_pidx */
	cdate			 per_newyear;	/* 1 Jan after per_first */
	double			 weight[KIND_COUNT];	/* used hours per hour */
	unsigned long		 shifts;
	bool			 by_month;	/* -s --per month */
	struct monthsum		*mv;		/* by_month: runs of months */
	size_t			 nm, capm;
	bool			 mv_sorted;	/* mv merged, in order */
};

struct staff {
	const char	*id;
	int		 qualified;	/* -1 not in the roster */
	int		 worktime;	/* enum worktime; -1 the profile's */
	struct srcpos	 roster_pos;
	bool		 se_pa;		/* works se-pa shifts: worktime rules */
	bool		 dk_hh;
	double		 dk_hours;
	uint32_t	 first;		/* first shift kept, for positions */
};

/* A row of the -s summary. */
struct sumrow {
	uint32_t	kase;
	cdate		start, end;
	double		granted, used, billable, amount;	/* amount NAN: none */
};

struct sumrows {
	struct sumrow	*v;
	size_t		 n, cap;
};

/* The rest rules' parameters in one profile, read by name once for all
 * the staff it covers rather than for each (rules/rest.c). */
struct rest_params {
	const struct profile	*p;		/* read from; NULL: not yet */
	bool			 daily, weekly;	/* the rules are on */
	int32_t			 d_need, d_window;	/* minutes */
	cdate			 d_anchor;
	int			 d_brk;
	bool			 d_night, d_rolling;
	const struct param_value *d_min_rest;	/* Vårdföretagarna's */
	int32_t			 w_need, w_window;
	int			 w_brk;
	bool			 w_rolling;
	cdate			 w_anchor;
};

/* What the rules of a timesheet read: the stored shifts, their cases and
 * staff, and what the unit-wide rules need. */
struct timesheet {
	struct findings		*f;
	const struct profiles	*ps;
	cdate			 today;
	const char *const	*files;		/* by stored.file */
	struct hcase		*cases;		/* by care_case.index */
	size_t			 ncases;
	struct staff		*staff;
	size_t			 nstaff;
	const struct strmap	*staff_map;	/* id -> index + 1 */
	struct stored		*v;
	size_t			 n;
	struct rowmark		*marks;		/* ascending first */
	size_t			 nmarks, capmarks;
	long			 next_line;	/* where no mark is needed */
	uint16_t		 next_file;
	bool			 roster;	/* a roster was read */
	struct srcpos		 roster_pos;
	cdate			 dk_first, dk_last;	/* Danish shifts */
	bool			 rate_missing[300];	/* by year - 1900 */
	struct rest_params	 rest;
};

struct fkline {
	uint32_t	 kase, staff;
	const char	*staff_id;	/* the sort key, with kase and start */
	cminute		 start, end;
	int32_t		 minutes;
	uint8_t		 kind;
};

struct readahead;

struct hours {
	struct timesheet	 ts;
	const struct caseset	*set;
	struct hours_options	 o;
	struct actlog		 log;		/* files, staff ids, counts */
	size_t			 capstaff;
	struct arena		 a;
	size_t			 cap;
	struct fkline		*fk;
	size_t			 nfk, capfk;
	struct sumrows		 sum;
	bool			 scattered;	/* a case's shifts not in one run */
	uint32_t		 run;		/* the case of the last shift + 1 */
	struct readahead	*ahead;		/* a log's second half, if read
						 * on the helper (hours_ahead.c) */
};

/* The state of one shift log being pushed through, a row at a time. */
struct logread {
	struct actlog_row	 r;		/* first: the handlers' view */
	struct hours		*h;
	struct input		*in;
	struct shift_header	 sh;
	struct shift_parse	 p;
};

/* Shift indices grouped by a key (staff or case), a chunk of groups
 * g0..g1 at a time: group g's are idx[off[g] - off[g0] ..
 * off[g + 1] - off[g0]], in the order of the store. */
#define GROUPING_CHUNKS	4

struct grouping {
	const struct timesheet *ts;
	bool		 by_staff;
	size_t		 ngroups, g0, g1, budget;
	size_t		 largest;	/* the most members of a group */
	size_t		 split;		/* where the store's second half starts */
	uint32_t	*off, *idx;
	uint32_t	*first;		/* by group, one past: in the first half */
	uint32_t	*pos[2];	/* by member of the chunk: the next place
					 * for each half's next */
};

void	grouping_init(struct grouping *, const struct timesheet *, bool, size_t,
	    uint32_t *, size_t);
bool	grouping_next(struct grouping *);
void	grouping_free(struct grouping *);

uint32_t	hours_staff_index(struct hours *, const char *, size_t);
void		hours_take(struct hours *, struct hcase *,
		    const struct shift_row *, uint32_t, uint16_t, long,
		    struct diag *);

void	ahead_begin(struct logread *, int);
long	ahead_held(struct logread *, bool, long);
void	ahead_room(struct hours *);
void	ahead_end(struct hours *);
struct srcpos	stored_pos(const struct timesheet *, const struct stored *);

#endif
