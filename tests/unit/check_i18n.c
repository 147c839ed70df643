/* i18n_sd: the text snprintf writes, for formats of %s, %d and %%. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

/* i18n_sd and snprintf on the same format, at every buffer size from 0
 * to past the text: the same count and the same bytes, the rest of the
 * buffer untouched. */
#define BOTH(...) do {							\
	char a_[128], b_[128];						\
	size_t n_;							\
	for (n_ = 0; n_ < sizeof(a_); n_++) {				\
		memset(a_, '#', sizeof(a_));				\
		memset(b_, '#', sizeof(b_));				\
		ck_assert_int_eq(i18n_sd(a_, n_, __VA_ARGS__),		\
		    snprintf(b_, n_, __VA_ARGS__));			\
		ck_assert(memcmp(a_, b_, sizeof(a_)) == 0);		\
	}								\
} while (0)

START_TEST(sd_as_snprintf)
{
	/* not literals: ISO C has no numbered arguments, POSIX has */
	const char *numbered = "%2$s: %1$d nätter, 100%% %2$s";
	const char *empty = "";

	BOTH("%s works between 00:00 and 05:00 on %d nights in %s, the "
	    "first %s: (%s)", "S-1", 6, "2026-01", "2026-01-02", "ATL");
	/* numbered, as a translation may put them, one used twice */
	BOTH(numbered, 7, "S-2");
	BOTH("%d %d %d", INT_MIN, -5, INT_MAX);
	/* a dollar after a conversion is text */
	BOTH("%s$1 %d$", "a", 3);
	BOTH("no conversions, 50%%");
	BOTH(empty, 0);
	/* other conversions are vsnprintf's */
	BOTH("%02d:%02d %s", 7, 5, "x");
	BOTH("%.2f h of %s", 4.5, "K-1");
	BOTH("%ld %s", 123456789L, "y");
}
END_TEST

Suite *
i18n_suite(void)
{
	Suite *s = suite_create("i18n");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, sd_as_snprintf);
	suite_add_tcase(s, tc);
	return s;
}
