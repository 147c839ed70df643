#include <string.h>

#include "text.h"
#include "util.h"

START_TEST(suggestions)
{
	static const char *const names[] = { "hours_per_week", "from", "to",
	    "review", "temporary", "double_staffing", "decided" };

	ck_assert_str_eq(text_suggest("hours_per_weak", names, 7),
	    "hours_per_week");
	ck_assert_str_eq(text_suggest("form", names, 7), "from");
	ck_assert_str_eq(text_suggest("reveiw", names, 7), "review");
	ck_assert_str_eq(text_suggest("temprary", names, 7), "temporary");
	ck_assert_ptr_null(text_suggest("colour", names, 7));
	ck_assert_ptr_null(text_suggest("", names, 0));
}
END_TEST

START_TEST(quoting)
{
	char q[TEXT_QUOTE_MAX];

	ck_assert_str_eq(text_quote(q, sizeof(q), "abc", 3), "'abc'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "a\tb\n", 4), "'a^Ib^J'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "\x7f", 1), "'^?'");
	/* found by fuzzing: an escape's digits must not make a number that
	 * looks like a personal identity number with the digits after it */
	ck_assert_str_eq(text_quote(q, sizeof(q), "0\x14" "01801234", 10),
	    "'0^T01801234'");
	/* nor may a cut leave the first ten digits of a longer number */
	ck_assert_str_eq(text_quote(q, sizeof(q),
	    "2026-02-18T1333333333333333333333333333333333333333333333333333333"
	    "333333333", 75), "'2026-02-18T...'");
	/* personal identity numbers are never echoed */
	ck_assert_str_eq(text_quote(q, sizeof(q), "19121212-1212", 13),
	    "'[redacted]'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "id 121212-1212 x", 16),
	    "'id [redacted] x'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "0101801234", 10),
	    "'[redacted]'");
	ck_assert_str_eq(text_quote(q, sizeof(q), "2026-03-29", 10),
	    "'2026-03-29'");
	ck_assert_str_eq(text_quote(q, sizeof(q),
	    "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij", 60),
	    "'abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde...'");
	/* a cut never splits a UTF-8 sequence */
	ck_assert_str_eq(text_quote(q, sizeof(q),
	    "ååååååååååååååååååååååååååååååååååå", 70),
	    "'ååååååååååååååååååååååååååå...'");
}
END_TEST

START_TEST(personal_id_shapes)
{
	ck_assert(text_has_personal_id("121212-1212", 11));
	ck_assert(text_has_personal_id("121212+1212", 11));
	ck_assert(text_has_personal_id("191212121212", 12));
	ck_assert(text_has_personal_id("x 1212121212 y", 14));
	ck_assert(text_has_personal_id("010180-1234", 11));
	ck_assert(!text_has_personal_id("K-1042", 6));
	ck_assert(!text_has_personal_id("2026-03-29", 10));
	ck_assert(!text_has_personal_id("12345678901234", 14));
	ck_assert(!text_has_personal_id("123456-123", 10));
}
END_TEST

START_TEST(utf8)
{
	ck_assert_int_eq(text_utf8_invalid("abc", 3), -1);
	ck_assert_int_eq(text_utf8_invalid("Nyårsdagen ʤ €", strlen("Nyårsdagen ʤ €")), -1);
	ck_assert_int_eq(text_utf8_invalid("a\xff", 2), 1);
	ck_assert_int_eq(text_utf8_invalid("\xc3", 1), 0);
	ck_assert_int_eq(text_utf8_invalid("\xc0\xaf", 2), 0);	/* overlong */
	ck_assert_int_eq(text_utf8_invalid("\xed\xa0\x80", 3), 0);	/* UTF-16 */
	ck_assert_int_eq(text_utf8_invalid("\xf4\x90\x80\x80", 4), 0);
	ck_assert_int_eq(text_utf8_invalid("\xf0\x9f\x98\x80", 4), -1);
	/* NUL bytes count as invalid, in the fast and the slow path */
	ck_assert_int_eq(text_utf8_invalid("ab\0c", 4), 2);
	ck_assert_int_eq(text_utf8_invalid("abcdefgh\0ijklmnop", 17), 8);
	ck_assert_int_eq(text_utf8_invalid("abcdefghijklmnop\xff", 17), 16);
	ck_assert_int_eq(text_utf8_invalid("abcdefghij\xc3\xa5klmnop", 18),
	    -1);
}
END_TEST

Suite *
text_suite(void)
{
	Suite *s = suite_create("text");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, suggestions);
	tcase_add_test(tc, quoting);
	tcase_add_test(tc, personal_id_shapes);
	tcase_add_test(tc, utf8);
	suite_add_tcase(s, tc);
	return s;
}
