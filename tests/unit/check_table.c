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
	    "Å \"x\"    2026-11-01..2026-11-30    0.00      0      \n");
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

static const struct column shift_cols[] = {
	{ "staff", NULL, COL_TEXT, -5, NULL },
	{ "start", NULL, COL_TEXT, 5, NULL },
	{ "hours", NULL, COL_FIXED, 6, NULL },
	{ "kind", NULL, COL_TEXT, -6, NULL }
};

/* A shift and a total without start or kind, then a text-only total and
 * line, in a format. */
static char *
shifts(enum out_format fmt)
{
	struct cell v[3][4] = {
		{ { .s = "S-1" }, { .s = "08:00" }, { .x = 4 },
		    { .s = "day" } },
		{ { .s = "" }, { .s = NULL }, { .x = 4 }, { .s = NULL } },
		{ { .s = NULL }, { .s = "total" }, { .x = 4 }, { .s = NULL } }
	};
	struct table t;
	size_t len;
	char *buf;
	FILE *fp = open_memstream(&buf, &len);

	table_init(&t, fp, fmt, shift_cols, 4);
	table_head(&t);
	table_row(&t, v[0], NAN);
	table_row(&t, v[1], NAN);
	table_text_line(&t, "");
	table_text_row(&t, v[2], NAN);
	ck_assert_int_eq(table_end(&t), 0);
	fclose(fp);
	return buf;
}

START_TEST(text_only_rows_and_blank_cells)
{
	char *s = shifts(OUT_TEXT);

	ck_assert_str_eq(s,
	    "staff start  hours kind  \n"
	    "S-1   08:00   4.00 day   \n"
	    "              4.00       \n"
	    "\n"
	    "      total   4.00       \n");
	free(s);
}
END_TEST

/* No value is an empty CSV field and JSON null: every object of a table
 * has the same keys. */
START_TEST(no_value_is_json_null)
{
	char *s = shifts(OUT_CSV);

	ck_assert_str_eq(s,
	    "staff,start,hours,kind\n"
	    "S-1,08:00,4.00,day\n"
	    ",,4.00,\n");
	free(s);
	s = shifts(OUT_JSON);
	ck_assert_str_eq(s,
	    "{\"staff\":\"S-1\",\"start\":\"08:00\",\"hours\":4.00,"
	    "\"kind\":\"day\"}\n"
	    "{\"staff\":\"\",\"start\":null,\"hours\":4.00,\"kind\":null}\n");
	free(s);
}
END_TEST

static const struct column share_cols[] = {
	{ "share", NULL, COL_NUMTEXT, 6, "%" },
	{ "last", NULL, COL_NUMTEXT, 6, "%" }
};

/* A suffix's place after an empty value: blank, but not at the line's
 * end. */
START_TEST(suffix_place_at_end_of_line)
{
	struct cell v[2] = { { .s = "" }, { .s = "" } };
	struct table t;
	size_t len;
	char *buf;
	FILE *fp = open_memstream(&buf, &len);

	table_init(&t, fp, OUT_TEXT, share_cols, 2);
	table_row(&t, v, NAN);
	v[0].s = v[1].s = "9.5";
	table_row(&t, v, NAN);
	fclose(fp);
	ck_assert_str_eq(buf,
	    "            \n"
	    "  9.5%   9.5%\n");
	free(buf);
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
	tcase_add_test(tc, text_only_rows_and_blank_cells);
	tcase_add_test(tc, no_value_is_json_null);
	tcase_add_test(tc, suffix_place_at_end_of_line);
	suite_add_tcase(s, tc);
	return s;
}
