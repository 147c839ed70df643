/* Once a tool has opened its inputs it needs little more than to read
 * them and write its report: the sandbox takes the rest away (Linux:
 * seccomp, OpenBSD: pledge), so that a flaw in a parser cannot be made to
 * open, write or send anything. */
#ifndef CARETOOLS_SANDBOX_H
#define CARETOOLS_SANDBOX_H

#include "diag.h"

#define SANDBOX_ENV_OFF		"CARETOOLS_SANDBOX"	/* "off" */
#define SANDBOX_ENV_PROBE	"CARETOOLS_SANDBOX_PROBE"

int	sandbox_enter(struct diag *);

#endif
