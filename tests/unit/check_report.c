#include "util.h"
Suite *report_suite(void) { return suite_create("report"); }
