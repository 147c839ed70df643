#include <stdarg.h>
#include <stdio.h>

#include "i18n.h"
#include "diag.h"

static void
vemit(struct diag *d, const char *file, long line, const char *fmt,
    va_list ap)
{
	char msg[1024];

	vsnprintf(msg, sizeof(msg), _(fmt), ap);
	if (d->emit != NULL)
		d->emit(d->ctx, file, line, msg);
}

/* A message that makes the exit status 2. */
void
diag_error(struct diag *d, const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	d->errors++;
	va_start(ap, fmt);
	vemit(d, file, line, fmt, ap);
	va_end(ap);
}

/* A message that leaves the exit status as it is. */
void
diag_note(struct diag *d, const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vemit(d, file, line, fmt, ap);
	va_end(ap);
}
