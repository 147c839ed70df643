/* What the fuzz targets share: a diagnostics sink that swallows messages
 * (but still checks them), and a case set of home-help and personal-
 * assistance cases for the log targets. */
#ifndef CARETOOLS_FUZZ_H
#define CARETOOLS_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "cases.h"
#include "diag.h"
#include "profile.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

void	fuzz_diag(struct diag *);
int	fuzz_shown_ok(const char *);
void	fuzz_world(const struct caseset **, const struct profiles **);

#endif
