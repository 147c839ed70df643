#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/prctl.h>

#include <seccomp.h>
#ifndef CLONE_THREAD
#define CLONE_THREAD	0x10000	/* <sched.h> gives it only with _GNU_SOURCE */
#endif
#ifndef AT_EMPTY_PATH
#define AT_EMPTY_PATH	0x1000	/* <fcntl.h> gives it only with _GNU_SOURCE */
#endif
#endif

#include "sandbox.h"

#ifndef AT_EMPTY_PATH
#define AT_EMPTY_PATH	0
#endif

#if defined(__linux__)
/* What a filter does after its inputs are open: read and close them,
 * write its report and messages, manage memory, end (also by a signal).
 * No call that takes a path is allowed, not even fstatat(2) with
 * AT_EMPTY_PATH (which still follows a path that is not empty): fstat(2)
 * on a descriptor is, and stdio's buffers are all set up before.
 * Anything else fails with EPERM rather than killing the process, so that
 * an attempt is an error message, not a mystery.  0, or -1. */
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
		SCMP_SYS(getrandom), SCMP_SYS(set_robust_list),
		SCMP_SYS(rseq),
	};
	/* argument tests spelt out: the SCMP_A macros leave fields out */
	const struct scmp_arg_cmp out = { 0, SCMP_CMP_EQ, 1, 0 };
	const struct scmp_arg_cmp err = { 0, SCMP_CMP_EQ, 2, 0 };
	const struct scmp_arg_cmp thread = { 0, SCMP_CMP_MASKED_EQ,
	    CLONE_THREAD, CLONE_THREAD };
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
	/* threads (par.c), and no other process: clone(2) only with
	 * CLONE_THREAD; clone3(2), whose flags a filter cannot read, says
	 * it is not there, and the C library falls back to clone */
	if (seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
	    thread) != 0 ||
	    seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3),
	    0) != 0)
		goto done;
	/* isatty(3) on standard output, for stdio's buffering */
	if (seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
	    tcgets) != 0)
		goto done;
	rc = seccomp_load(ctx);
done:
	seccomp_release(ctx);
	return rc != 0 ? -1 : 0;
}

/* Whether the kernel has seccomp at all: PR_GET_SECCOMP fails with EINVAL
 * where it does not. */
static bool
have_seccomp(void)
{
	return prctl(PR_GET_SECCOMP, 0, 0, 0, 0) >= 0 || errno != EINVAL;
}
#endif

/* CARETOOLS_SANDBOX_PROBE: tries to open the file, to look it up by its
 * path (fstatat with AT_EMPTY_PATH, the form fstat takes in the C
 * library) and to start a process, and says how that went.  -1
 * (reported) when any of them worked. */
static int
probe_path(struct diag *d, const char *probe)
{
	struct stat st;
	pid_t pid;
	int fd, rc = 0;

	if ((fd = open(probe, O_RDONLY)) < 0)
		diag_note(d, NULL, 0, "sandbox: %s cannot be opened: %s",
		    probe, strerror(errno));
	else {
		close(fd);
		diag_error(d, NULL, 0, "sandbox: %s could be opened: the "
		    "process is not restricted", probe);
		rc = -1;
	}
	if (fstatat(AT_FDCWD, probe, &st, AT_EMPTY_PATH) != 0)
		diag_note(d, NULL, 0, "sandbox: %s cannot be looked up "
		    "(fstatat): %s", probe, strerror(errno));
	else {
		diag_error(d, NULL, 0, "sandbox: %s could be looked up "
		    "(fstatat): the process is not restricted", probe);
		rc = -1;
	}
	if ((pid = fork()) < 0)
		diag_note(d, NULL, 0, "sandbox: no process can be started "
		    "(fork): %s", strerror(errno));
	else if (pid == 0)
		_exit(0);
	else {
		diag_error(d, NULL, 0, "sandbox: a process could be started "
		    "(fork): the process is not restricted");
		(void)waitpid(pid, NULL, 0);
		rc = -1;
	}
	return rc;
}

/* Restricts the process.  CARETOOLS_SANDBOX=off leaves it unrestricted
 * (for strace or valgrind); so does a kernel without the means, and that
 * is said on standard error.  A kernel with seccomp that will not take
 * the filter fails closed: -1 (reported), and the driver reads nothing.
 * With CARETOOLS_SANDBOX_PROBE set to a path, the tool then tries that
 * path (probe_path): a way to see the sandbox work, -1 when it could. */
int
sandbox_enter(struct diag *d)
{
	const char *off = getenv(SANDBOX_ENV_OFF);
	const char *probe = getenv(SANDBOX_ENV_PROBE);

	if (off == NULL || strcmp(off, "off") != 0) {
#if defined(__linux__)
		if (restrict_linux() != 0) {
			if (have_seccomp()) {
				diag_error(d, NULL, 0, "sandbox: the system "
				    "has seccomp but would not take the "
				    "filter; nothing is read (%s=off runs the "
				    "tool unrestricted)", SANDBOX_ENV_OFF);
				return -1;
			}
			diag_note(d, NULL, 0, "sandbox: this kernel has no "
			    "seccomp; the process runs unrestricted");
		}
#elif defined(__OpenBSD__)
		if (pledge("stdio", NULL) != 0) {
			diag_error(d, NULL, 0, "sandbox: pledge: %s; nothing "
			    "is read (%s=off runs it unrestricted)",
			    strerror(errno), SANDBOX_ENV_OFF);
			return -1;
		}
#endif
	}
	if (probe != NULL)
		(void)probe_path(d, probe);
	return 0;
}
