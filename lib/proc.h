/* One processor interface.  Every tool is a processor over one stream:
 * the case records, then, for the tools that read one, activity logs
 * (timesheets, visit logs); it adds findings, and in a report mode (-s,
 * --fk-month, --continuity) writes a table instead of them.  As Miller
 * 5's mapper_t: made by new, fed record by record, told of the end of the
 * stream, freed.  The driver in run.h calls it; no tool has a pipeline of
 * its own. */
#ifndef CARETOOLS_PROC_H
#define CARETOOLS_PROC_H

#include <stdbool.h>
#include <stdio.h>

#include "cases.h"
#include "diag.h"
#include "finding.h"
#include "input.h"
#include "profile.h"
#include "report.h"

/* What the driver hands a processor when it makes it, after the profiles
 * and the case records are read. */
struct proc_env {
	const char		*prog;
	const struct caseset	*cases;
	const struct profiles	*profiles;
	struct findings		*findings;	/* the stream's findings */
	cdate			 today;
};

struct proc_counts {
	unsigned long		read, used, rejected;
	struct report_loss	loss;	/* what the reports leave out */
};

struct proc {
	const char	*log_noun;	/* a log's rows, for -v; NULL: no log */
	const char	*log_row;	/* one of them */
	void		*(*new)(const struct proc_env *, void *);
	/* One case record, in input order, with its profile; its findings
	 * are written before the next (NULL: the case tools only). */
	void		 (*on_case)(void *, const struct care_case *,
			    const struct profile *, struct findings *);
	int		 (*aux)(void *, struct input *, struct diag *);
	int		 (*log)(void *, struct input *, struct diag *);
	void		 (*end)(void *, struct diag *);
	struct proc_counts (*counts)(void *);
	bool		 (*has_table)(void *);
	int		 (*table)(void *, FILE *, enum out_format,
			    const char *);
	void		 (*free)(void *);
};

#endif
