#include "util.h"
Suite *cases_suite(void) { return suite_create("cases"); }
