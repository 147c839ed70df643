/* no-seccomp COMMAND [ARG ...]: runs COMMAND where seccomp(2) and
 * prctl(PR_SET_SECCOMP) fail with EPERM, as on a system whose own filter
 * forbids further ones: the tools' sandbox cannot be installed there,
 * and they must fail closed.  For the tests only; never installed. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <seccomp.h>

int
main(int argc, char *argv[])
{
	const struct scmp_arg_cmp set = { 0, SCMP_CMP_EQ, PR_SET_SECCOMP, 0 };
	scmp_filter_ctx ctx;
	int rc;

	if (argc < 2) {
		fputs("usage: no-seccomp command [arg ...]\n", stderr);
		return 2;
	}
	if ((ctx = seccomp_init(SCMP_ACT_ALLOW)) == NULL ||
	    seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(seccomp),
	    0) != 0 ||
	    seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(prctl), 1,
	    set) != 0 || (rc = seccomp_load(ctx)) != 0) {
		fputs("no-seccomp: cannot install the filter\n", stderr);
		return 2;
	}
	seccomp_release(ctx);
	execvp(argv[1], argv + 1);
	fprintf(stderr, "no-seccomp: %s: %s\n", argv[1], strerror(errno));
	return 127;
}
