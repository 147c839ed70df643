#include "personid.h"
#include "util.h"

START_TEST(swedish)
{
	/* Skatteverket's test numbers and the textbook examples */
	ck_assert_int_eq(personid_se("19121212-1212", 2026), PID_OK);
	ck_assert_int_eq(personid_se("191212121212", 2026), PID_OK);
	ck_assert_int_eq(personid_se("121212-1212", 2026), PID_OK);
	ck_assert_int_eq(personid_se("1212121212", 2026), PID_OK);
	ck_assert_int_eq(personid_se("811218-9876", 2026), PID_OK);
	/* samordningsnummer: day of birth plus 60 */
	ck_assert_int_eq(personid_se("701063-2391", 2026), PID_OK);
	ck_assert_int_eq(personid_se("19701063-2391", 2026), PID_OK);
	ck_assert_int_eq(personid_se("701093-2391", 2026), PID_DATE);
	/* check digit, dates, forms */
	ck_assert_int_eq(personid_se("19121212-1213", 2026), PID_CHECK);
	ck_assert_int_eq(personid_se("811218-9875", 2026), PID_CHECK);
	ck_assert_int_eq(personid_se("19121232-1212", 2026), PID_DATE);
	ck_assert_int_eq(personid_se("19121312-1212", 2026), PID_DATE);
	ck_assert_int_eq(personid_se("1912121-21212", 2026), PID_FORM);
	ck_assert_int_eq(personid_se("19121212 1212", 2026), PID_FORM);
	ck_assert_int_eq(personid_se("12121212", 2026), PID_FORM);
	ck_assert_int_eq(personid_se("", 2026), PID_FORM);
	ck_assert_int_eq(personid_se("K-1042", 2026), PID_FORM);
	/* leap days: 2000 was a leap year, 1900 was not */
	ck_assert_int_eq(personid_se("20000229-1235", 2026), PID_OK);
	ck_assert_int_eq(personid_se("19000229-1235", 2026), PID_DATE);
	ck_assert_int_eq(personid_se("000229-1235", 2026), PID_OK);
	/* '+': a hundred years or older, so 1900, which had no 29 February */
	ck_assert_int_eq(personid_se("000229+1235", 2026), PID_DATE);
	ck_assert_int_eq(personid_se("121212+1212", 2026), PID_OK);
}
END_TEST

START_TEST(danish)
{
	ck_assert_int_eq(personid_dk("010180-1234"), PID_OK);
	ck_assert_int_eq(personid_dk("0101801234"), PID_OK);
	/* no modulus-11 check: issued without it since 2007 */
	ck_assert_int_eq(personid_dk("010180-1235"), PID_OK);
	/* the first serial digit sets the century */
	ck_assert_int_eq(personid_dk("290200-4321"), PID_OK);	/* 2000 */
	ck_assert_int_eq(personid_dk("290200-1321"), PID_DATE);	/* 1900 */
	ck_assert_int_eq(personid_dk("290201-4321"), PID_DATE);
	ck_assert_int_eq(personid_dk("310406-1234"), PID_DATE);
	ck_assert_int_eq(personid_dk("311399-1234"), PID_DATE);
	ck_assert_int_eq(personid_dk("01018-01234"), PID_FORM);
	ck_assert_int_eq(personid_dk("19121212-1212"), PID_FORM);
}
END_TEST

Suite *
personid_suite(void)
{
	Suite *s = suite_create("personid");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, swedish);
	tcase_add_test(tc, danish);
	suite_add_tcase(s, tc);
	return s;
}
