/* The one driver: options common to all tools, profiles, opening every
 * input, the sandbox, the case records, the log stream, the end of the
 * stream, the findings or the table, and the exit status.  A command is
 * its usage, its own options and one call to run(). */
#ifndef CARETOOLS_RUN_H
#define CARETOOLS_RUN_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "cli.h"
#include "proc.h"

enum {
	RUN_LOGS = 1,		/* -c names the case records; operands are logs */
	RUN_ICS = 2,		/* -o ics */
	RUN_ZONES = 4		/* needs the time-zone rules of both countries */
};

struct command {
	const char		*prog;
	const char		*shortopts;	/* the tool's own */
	const struct option	*longopts;	/* the tool's own; zero row last */
	unsigned		 flags;
	void			(*usage)(FILE *);
	const char		*help;		/* --help after the usage */
	/* One of the tool's own options: 0, or -1 after a usage error. */
	int			(*option)(struct cli *, void *, int,
				    const char *);
	/* After the options: 0 to run, -1 after a usage error. */
	int			(*check)(struct cli *, void *);
	/* A mode that needs no input (deadline-watch --holidays): true when
	 * it ran, with the exit status in *status. */
	bool			(*answer)(struct cli *, void *, int, char **,
				    int *);
	const char		**aux;		/* an extra input (--staff) */
	const struct proc	*proc;
	void			*opts;
};

int	run(const struct command *, int, char **);

#endif
