/* Diagnostics: library code reports bad input here and carries on; the
 * command decides how to print it and what exit status it means. */
#ifndef CARETOOLS_DIAG_H
#define CARETOOLS_DIAG_H

#include <stdarg.h>

struct diag {
	/* file may be NULL (no position) and line 0 (no line). */
	void		(*emit)(void *ctx, const char *file, long line,
			    const char *msg);
	void		 *ctx;
	unsigned long	  errors;
};

void	diag_error(struct diag *, const char *file, long line,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void	diag_verror(struct diag *, const char *, long, const char *,
	    va_list) __attribute__((format(printf, 4, 0)));
void	diag_note(struct diag *, const char *file, long line,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
