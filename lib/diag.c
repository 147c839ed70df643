#include <stdarg.h>
#include <stdio.h>

#include "diag.h"

void
diag_error(struct diag *d, const char *file, long line, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	d->errors++;
	if (d->emit != NULL)
		d->emit(d->ctx, file, line, msg);
}
