/* Progress of a long run, as dd shows it: on a terminal a one-line display
 * on the standard error for a large input, redrawn a few times a second
 * and gone at the end; on SIGUSR1 (and SIGINFO where it exists) one status
 * line, and the run goes on.  Nothing of it in a pipeline or from cron
 * unless a signal asks. */
#ifndef CARETOOLS_PROGRESS_H
#define CARETOOLS_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An input larger than this shows the display on a terminal. */
#define PROGRESS_MIN_BYTES	(50ull * 1000 * 1000)

void	progress_init(const char *);
void	progress_file(const char *, int64_t);
void	progress_bytes(size_t);
void	progress_rows(const unsigned long *);
void	progress_end(void);
/* "1.2 GB": a byte count for people. */
char	*progress_size(char *, size_t, uint64_t);
/* The status line, for the tests: name, bytes done and total (0: not
 * known), rows, seconds since the start. */
void	progress_line(char *, size_t, const char *, uint64_t, uint64_t,
	    unsigned long, double);

#endif
