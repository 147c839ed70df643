#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "table.h"
#include "util.h"

static const struct column cols[] = {
	{ "case", NULL, COL_TEXT, -8, NULL },
	{ "period", NULL, COL_PERIOD, -22, NULL },
	{ "hours", NULL, COL_FIXED, 7, NULL },
	{ "visits", NULL, COL_COUNT, 6, NULL },
	{ "share", "given", COL_NUMTEXT, 6, "%" }
};

/* A heading and two rows in a format, as text. */
static char *
written(enum out_format fmt, const char *bar)
{
	struct cell v[2][5] = {
		{ { .s = "K-1" }, { .from = D("2026-10-01"),
		    .to = D("2026-10-31") }, { .x = 12.5 }, { .n = 3 },
		    { .s = "95.0" } },
		{ { .s = "Å \"x\"" }, { .from = D("2026-11-01"),
		    .to = D("2026-11-30") }, { .x = 0 }, { .n = 0 },
		    { .s = "" } }
	};
	struct table t;
	size_t len;
	char *buf;
	FILE *fp = open_memstream(&buf, &len);

	table_init(&t, fp, fmt, cols, 5);
	t.bar = bar;
	table_head(&t);
	table_row(&t, v[0], 0.5);
	table_row(&t, v[1], 1.5);
	ck_assert_int_eq(table_end(&t), 0);
	fclose(fp);
	return buf;
}

START_TEST(text_columns_in_characters)
{
	char *s = written(OUT_TEXT, NULL);

	ck_assert_str_eq(s,
	    "case     period                   hours visits  given\n"
	    "K-1      2026-10-01..2026-10-31   12.50      3  95.0%\n"
	    "Å \"x\"    2026-11-01..2026-11-30    0.00      0       \n");
	free(s);
}
END_TEST

START_TEST(text_bar)
{
	char *s = written(OUT_TEXT, "used");

	ck_assert_str_eq(s,
	    "case     period                   hours visits  given  used\n"
	    "K-1      2026-10-01..2026-10-31   12.50      3  95.0%"
	    "  [##########          ]   50%\n"
	    "Å \"x\"    2026-11-01..2026-11-30    0.00      0       "
	    "  [####################]+ 150%\n");
	free(s);
}
END_TEST

START_TEST(csv_header_and_quoting)
{
	char *s = written(OUT_CSV, "used");

	ck_assert_str_eq(s,
	    "case,period_start,period_end,hours,visits,share\n"
	    "K-1,2026-10-01,2026-10-31,12.50,3,95.0\n"
	    "\"Å \"\"x\"\"\",2026-11-01,2026-11-30,0.00,0,\n");
	free(s);
}
END_TEST

START_TEST(json_keys_as_csv_and_null)
{
	char *s = written(OUT_JSON, "used");

	ck_assert_str_eq(s,
	    "{\"case\":\"K-1\",\"period_start\":\"2026-10-01\","
	    "\"period_end\":\"2026-10-31\",\"hours\":12.50,\"visits\":3,"
	    "\"share\":95.0}\n"
	    "{\"case\":\"Å \\\"x\\\"\",\"period_start\":\"2026-11-01\","
	    "\"period_end\":\"2026-11-30\",\"hours\":0.00,\"visits\":0,"
	    "\"share\":null}\n");
	free(s);
}
END_TEST

Suite *
table_suite(void)
{
	Suite *s = suite_create("table");
	TCase *tc = tcase_create("table");

	tcase_add_test(tc, text_columns_in_characters);
	tcase_add_test(tc, text_bar);
	tcase_add_test(tc, csv_header_and_quoting);
	tcase_add_test(tc, json_keys_as_csv_and_null);
	suite_add_tcase(s, tc);
	return s;
}
