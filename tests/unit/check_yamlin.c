#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"
#include "xalloc.h"
#include "yamlin.h"

/* Reads every document of text; returns documents read, fills errors. */
static int
docs(const char *text, size_t len, struct node **roots, int max,
    struct capture *cap, int *errors)
{
	struct yamlin *y = yamlin_open("t.yaml", text, len);
	static struct arena a;
	struct node *root;
	int n = 0, rc;

	arena_free(&a);
	capture_init(cap);
	*errors = 0;
	while ((rc = yamlin_next(y, &a, &root, &cap->d)) != 0) {
		if (rc < 0)
			(*errors)++;
		else if (n < max)
			roots[n++] = root;
	}
	yamlin_close(y);
	return n;
}

#define DOCS(text, roots, cap, errors) \
	docs(text, sizeof(text) - 1, roots, 8, cap, errors)

START_TEST(tree_and_lines)
{
	struct node *r[8], *v;
	struct capture cap;
	int errors;

	ck_assert_int_eq(DOCS("case: K-1\nplan:\n  what: 'x'\n"
	    "  followups: [2026-01-01, 2026-07-01]\nnote: ~\n", r, &cap,
	    &errors), 1);
	ck_assert_int_eq(errors, 0);
	ck_assert_int_eq(r[0]->kind, NODE_MAP);
	ck_assert_int_eq(r[0]->n, 3);
	ck_assert_str_eq(r[0]->items[0].key, "case");
	ck_assert_str_eq(r[0]->items[0].value->str, "K-1");
	ck_assert_int_eq(r[0]->items[1].line, 2);
	v = node_get(r[0], "plan");
	ck_assert_int_eq(v->kind, NODE_MAP);
	ck_assert_int_eq(node_get(v, "what")->plain, 0);
	ck_assert_int_eq(node_get(v, "followups")->n, 2);
	ck_assert_int_eq(node_get(v, "followups")->line, 4);
	ck_assert(node_is_null(node_get(r[0], "note")));
	ck_assert(!node_is_null(node_get(v, "what")));
}
END_TEST

START_TEST(documents_and_recovery)
{
	struct node *r[8];
	struct capture cap;
	int errors, n;

	n = DOCS("case: A\n---\ncase: B\n  bad: [\n---\ncase: C\n...\n"
	    "---\n---\ncase: D\n", r, &cap, &errors);
	ck_assert_int_eq(n, 4);	/* A, C, the empty one, D */
	ck_assert_int_eq(errors, 1);
	ck_assert_str_eq(node_get(r[0], "case")->str, "A");
	ck_assert_str_eq(node_get(r[1], "case")->str, "C");
	ck_assert(r[2] == NULL || node_is_null(r[2]));
	ck_assert_str_eq(node_get(r[3], "case")->str, "D");
	ck_assert_int_eq(node_get(r[3], "case")->line, 10);
	ck_assert_str_eq(cap.buf, "t.yaml:4: YAML: mapping values are not "
	    "allowed in this context\n");
}
END_TEST

/* Case files concatenated without '---' (cat *.yaml): each case is read
 * on its own, the comments right above its "case:" with it, and where it
 * starts is said. */
START_TEST(concatenated_cases)
{
	struct node *r[8];
	struct capture cap;
	int errors;

	ck_assert_int_eq(DOCS("# one\ncase: A\nregime: x\n\n# two\n"
	    "case: B\nregime: y\ncase: C\n---\ncase: D\n", r, &cap,
	    &errors), 4);
	ck_assert_int_eq(errors, 0);
	ck_assert_str_eq(node_get(r[0], "regime")->str, "x");
	ck_assert_str_eq(node_get(r[1], "case")->str, "B");
	ck_assert_int_eq(node_get(r[1], "case")->line, 6);
	ck_assert_str_eq(node_get(r[1], "regime")->str, "y");
	ck_assert_str_eq(node_get(r[2], "case")->str, "C");
	ck_assert_int_eq(node_get(r[2], "case")->line, 8);
	ck_assert_str_eq(node_get(r[3], "case")->str, "D");
	ck_assert_str_eq(cap.buf, "t.yaml:6: a second case starts here "
	    "without '---' (read as a case of its own; begin each case file "
	    "with '---')\n"
	    "t.yaml:8: a second case starts here without '---' (read as a "
	    "case of its own; begin each case file with '---')\n");
	/* a "case:" inside a value, or indented, is no case */
	ck_assert_int_eq(DOCS("case: A\nnote: |\n  case: B\nplan:\n"
	    "  case: C\n", r, &cap, &errors), 1);
	ck_assert_str_eq(cap.buf, "");
}
END_TEST

START_TEST(aliases_rejected)
{
	struct node *r[8];
	struct capture cap;
	int errors;

	ck_assert_int_eq(DOCS("a: &x [1]\nb: *x\n---\nc: 1\n", r, &cap,
	    &errors), 1);
	ck_assert_int_eq(errors, 1);
	ck_assert_str_eq(cap.buf, "t.yaml:2: aliases (*name) are not "
	    "supported\n");
	/* a cycle: fine for libyaml's loader, endless for a naive walk */
	ck_assert_int_eq(DOCS("&a [*a]\n", r, &cap, &errors), 0);
	ck_assert_int_eq(errors, 1);
	ck_assert_int_eq(DOCS("a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a]\n"
	    "c: &c [*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n", r, &cap,
	    &errors), 0);
	ck_assert_int_eq(errors, 1);
}
END_TEST

START_TEST(duplicates_and_complex_keys)
{
	struct node *r[8];
	struct capture cap;
	int errors;

	ck_assert_int_eq(DOCS("regime: x\ncase: A\nregime: y\n", r, &cap,
	    &errors), 0);
	ck_assert_str_eq(cap.buf, "t.yaml:3: key 'regime' appears twice "
	    "(first at line 1)\n");
	ck_assert_int_eq(DOCS("? [a, b]\n: c\n", r, &cap, &errors), 0);
	ck_assert_str_eq(cap.buf, "t.yaml:1: a key must be a plain value, "
	    "not a list or a mapping\n");
}
END_TEST

START_TEST(depth_limits)
{
	char *text = xmalloc(300000);
	struct node *r[8];
	struct capture cap;
	size_t len = 0;
	int i, errors;

	for (i = 0; i < 40; i++)
		len += (size_t)sprintf(text + len, "%*sk%d:\n", i * 2, "", i);
	len += (size_t)sprintf(text + len, "%*sx: 1\n", 80, "");
	ck_assert_int_eq(docs(text, len, r, 8, &cap, &errors), 0);
	ck_assert_msg(errors == 1, "errors %d: %s", errors, cap.buf);
	ck_assert_str_eq(cap.buf, "t.yaml:33: document nested deeper than 32 "
	    "levels\n");
	/* flow nesting costs libyaml quadratic time: refused unparsed */
	memset(text, '[', 200000);
	ck_assert_int_eq(docs(text, 200000, r, 8, &cap, &errors), 0);
	ck_assert_int_eq(errors, 1);
	ck_assert_str_eq(cap.buf, "t.yaml:1: document nested deeper than 32 "
	    "levels\n");
	free(text);
}
END_TEST

START_TEST(bad_bytes)
{
	struct node *r[8];
	struct capture cap;
	int errors;

	ck_assert_int_eq(docs("a: \xff\xfe\n---\nb: 1\n", 15, r, 8, &cap,
	    &errors), 1);
	ck_assert_int_eq(errors, 1);
	ck_assert_int_eq(docs("a: x\0y\n", 7, r, 8, &cap, &errors), 0);
	ck_assert_int_eq(errors, 1);
	ck_assert_int_eq(DOCS("a:\n\tb: 1\n", r, &cap, &errors), 0);
	ck_assert_int_eq(errors, 1);
	ck_assert_ptr_nonnull(strstr(cap.buf, "t.yaml:2: YAML: "));
}
END_TEST

struct stats {
	int cases, error_cases, rejected_errors, accepted_valid;
};

/* Reads one in.yaml: it must be read or rejected with a message. */
static void
suite_case(const char *dir, struct stats *st)
{
	char path[1024];
	struct capture cap;
	struct yamlin *y;
	struct node *root;
	struct arena a;
	struct stat sb;
	size_t len;
	char *text;
	int rc, bad = 0;
	bool is_error;

	snprintf(path, sizeof(path), "%s/in.yaml", dir);
	if ((text = read_file(path, &len)) == NULL)
		return;
	snprintf(path, sizeof(path), "%s/error", dir);
	is_error = stat(path, &sb) == 0;
	arena_init(&a);
	capture_init(&cap);
	y = yamlin_open("in.yaml", text, len);
	while ((rc = yamlin_next(y, &a, &root, &cap.d)) != 0)
		if (rc < 0) {
			bad++;
			ck_assert_msg(cap.len > 0, "%s rejected silently", dir);
		}
	yamlin_close(y);
	arena_free(&a);
	free(text);
	st->cases++;
	st->error_cases += is_error;
	st->rejected_errors += is_error && bad > 0;
	st->accepted_valid += !is_error && bad == 0;
}

/* Every case of yaml-test-suite is read or rejected with a message; none
 * crashes, hangs or leaks (the sanitizer build runs this too). */
START_TEST(yaml_test_suite)
{
	char dir[512], sub[1024], sub2[1400];
	struct dirent *e, *e2;
	struct stats st = { 0, 0, 0, 0 };
	struct stat sb;
	DIR *dp, *dp2;

	snprintf(dir, sizeof(dir), "%s/yaml-test-suite/data", suites_dir());
	dp = opendir(dir);
	ck_assert_msg(dp != NULL, "no %s", dir);
	while ((e = readdir(dp)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", dir, e->d_name);
		snprintf(sub2, sizeof(sub2), "%s/in.yaml", sub);
		if (stat(sub2, &sb) == 0) {
			suite_case(sub, &st);
			continue;
		}
		if ((dp2 = opendir(sub)) == NULL)
			continue;
		while ((e2 = readdir(dp2)) != NULL)
			if (e2->d_name[0] != '.') {
				snprintf(sub2, sizeof(sub2), "%s/%s", sub,
				    e2->d_name);
				suite_case(sub2, &st);
			}
		closedir(dp2);
	}
	closedir(dp);
	ck_assert_int_eq(st.cases, 402);
	ck_assert_int_eq(st.error_cases, 94);
	/* libyaml accepts 16 of the error cases; the reader refuses more */
	ck_assert_int_ge(st.rejected_errors, 94 - 16);
	fprintf(stderr, "yaml-test-suite: %d cases; %d of %d error cases "
	    "rejected; %d of %d valid cases read\n", st.cases,
	    st.rejected_errors, st.error_cases, st.accepted_valid,
	    st.cases - st.error_cases);
}
END_TEST

Suite *
yamlin_suite(void)
{
	Suite *s = suite_create("yamlin");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, tree_and_lines);
	tcase_add_test(tc, documents_and_recovery);
	tcase_add_test(tc, concatenated_cases);
	tcase_add_test(tc, aliases_rejected);
	tcase_add_test(tc, duplicates_and_complex_keys);
	tcase_add_test(tc, depth_limits);
	tcase_add_test(tc, bad_bytes);
	tcase_add_test(tc, yaml_test_suite);
	suite_add_tcase(s, tc);
	return s;
}
