#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__linux__)
#include <seccomp.h>
#ifndef AT_EMPTY_PATH
#define AT_EMPTY_PATH	0x1000	/* <fcntl.h> gives it only with _GNU_SOURCE */
#endif
#endif

#include "sandbox.h"

#if defined(__linux__)
/* What a filter does after its inputs are open: read and close them,
 * write its report and messages, manage memory, end (also by a signal).
 * Anything else fails with EPERM rather than killing the process, so that
 * an attempt is an error message, not a mystery. */
static int
restrict_linux(void)
{
	static const int any[] = {
		SCMP_SYS(read), SCMP_SYS(readv), SCMP_SYS(pread64),
		SCMP_SYS(close), SCMP_SYS(lseek), SCMP_SYS(fstat),
		SCMP_SYS(brk), SCMP_SYS(mmap), SCMP_SYS(munmap),
		SCMP_SYS(mremap), SCMP_SYS(madvise), SCMP_SYS(mprotect),
		SCMP_SYS(exit), SCMP_SYS(exit_group), SCMP_SYS(rt_sigreturn),
		SCMP_SYS(rt_sigprocmask), SCMP_SYS(rt_sigaction),
		SCMP_SYS(getpid), SCMP_SYS(gettid), SCMP_SYS(tgkill),
		SCMP_SYS(clock_gettime), SCMP_SYS(gettimeofday),
		SCMP_SYS(sigaltstack), SCMP_SYS(futex), SCMP_SYS(sched_yield),
		SCMP_SYS(getrandom),
	};
	/* argument tests spelt out: the SCMP_A macros leave fields out */
	const struct scmp_arg_cmp out = { 0, SCMP_CMP_EQ, 1, 0 };
	const struct scmp_arg_cmp err = { 0, SCMP_CMP_EQ, 2, 0 };
	const struct scmp_arg_cmp empty_path = { 3, SCMP_CMP_MASKED_EQ,
	    AT_EMPTY_PATH, AT_EMPTY_PATH };
	const struct scmp_arg_cmp tcgets = { 1, SCMP_CMP_EQ,
	    0x5401 /* TCGETS */, 0 };
	scmp_filter_ctx ctx;
	size_t i;
	int rc = -1;

	if ((ctx = seccomp_init(SCMP_ACT_ERRNO(EPERM))) == NULL)
		return -1;
	for (i = 0; i < sizeof(any) / sizeof(any[0]); i++)
		if (seccomp_rule_add(ctx, SCMP_ACT_ALLOW, any[i], 0) != 0)
			goto done;
	/* writes to standard output and error only */
	if (seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(write), 1,
	    out) != 0 ||
	    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(write), 1,
	    err) != 0 ||
	    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(writev), 1,
	    out) != 0 ||
	    seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(writev), 1,
	    err) != 0)
		goto done;
	/* fstat(2) as the C library makes it: on a descriptor, no path */
	if (seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(newfstatat), 1,
	    empty_path) != 0)
		goto done;
	/* isatty(3) on standard output, for stdio's buffering */
	if (seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
	    tcgets) != 0)
		goto done;
	rc = seccomp_load(ctx);
done:
	seccomp_release(ctx);
	return rc;
}
#endif

/* Restricts the process.  CARETOOLS_SANDBOX=off leaves it unrestricted
 * (for strace or valgrind); a kernel without the means leaves it so too,
 * and that is said on standard error.  With CARETOOLS_SANDBOX_PROBE set to
 * a path, the tool then tries to open it and says how that went: a way to
 * see the sandbox work.  -1 (reported) when the probe could open its
 * file. */
int
sandbox_enter(struct diag *d)
{
	const char *off = getenv(SANDBOX_ENV_OFF);
	const char *probe = getenv(SANDBOX_ENV_PROBE);
	int fd;

	if (off == NULL || strcmp(off, "off") != 0) {
#if defined(__linux__)
		if (restrict_linux() != 0)
			diag_note(d, NULL, 0, "sandbox: the process could not "
			    "be restricted (seccomp); it runs unrestricted");
#elif defined(__OpenBSD__)
		if (pledge("stdio", NULL) != 0)
			diag_note(d, NULL, 0, "sandbox: pledge: %s; the "
			    "process runs unrestricted", strerror(errno));
#endif
	}
	if (probe == NULL)
		return 0;
	if ((fd = open(probe, O_RDONLY)) < 0) {
		diag_note(d, NULL, 0, "sandbox: %s cannot be opened: %s",
		    probe, strerror(errno));
		return 0;
	}
	close(fd);
	diag_error(d, NULL, 0, "sandbox: %s could be opened: the process is "
	    "not restricted", probe);
	return -1;
}
