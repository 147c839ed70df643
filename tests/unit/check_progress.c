#include <string.h>

#include "progress.h"
#include "util.h"

/* Byte counts for people, in decimal units as dd prints them. */
START_TEST(sizes)
{
	char b[32];

	ck_assert_str_eq(progress_size(b, sizeof(b), 0), "0 B");
	ck_assert_str_eq(progress_size(b, sizeof(b), 999), "999 B");
	ck_assert_str_eq(progress_size(b, sizeof(b), 1000), "1.0 kB");
	ck_assert_str_eq(progress_size(b, sizeof(b), 52400000), "52.4 MB");
	ck_assert_str_eq(progress_size(b, sizeof(b), 3000000000ull),
	    "3.0 GB");
}
END_TEST

/* With a known size the line has the time left; from a pipe it has not. */
START_TEST(lines)
{
	char b[256];

	progress_line(b, sizeof(b), "visits.csv", 1000000000ull,
	    3000000000ull, 12345678, 10);
	ck_assert_str_eq(b, "visits.csv: 1.0 GB of 3.0 GB, 12345678 rows, "
	    "100.0 MB/s, 20 s left");
	progress_line(b, sizeof(b), "<stdin>", 2500, 0, 40, 0.5);
	ck_assert_str_eq(b, "<stdin>: 2.5 kB, 40 rows, 5.0 kB/s");
	progress_line(b, sizeof(b), "<stdin>", 0, 0, 0, 0);
	ck_assert_str_eq(b, "<stdin>: 0 B, 0 rows, 0 B/s");
}
END_TEST

Suite *
progress_suite(void)
{
	Suite *s = suite_create("progress");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, sizes);
	tcase_add_test(tc, lines);
	suite_add_tcase(s, tc);
	return s;
}
