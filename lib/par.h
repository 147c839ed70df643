/* A second thread for the end of a long stream: one job at a time, run
 * beside the caller's own work and joined before the caller reads what
 * it made.  CARETOOLS_THREADS=1 runs every job on the caller's thread. */
#ifndef CARETOOLS_PAR_H
#define CARETOOLS_PAR_H

#include <pthread.h>
#include <stdbool.h>

#define PAR_ENV		"CARETOOLS_THREADS"

struct par {
	bool	 started;	/* a thread runs the job */
	void	(*fn)(void *);
	void	*arg;
	pthread_t thread;
};

bool	par_enabled(void);
void	par_start(struct par *, void (*)(void *), void *);
void	par_join(struct par *);

#endif
