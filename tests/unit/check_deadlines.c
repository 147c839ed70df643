#include "util.h"
Suite *deadlines_suite(void) { return suite_create("deadlines"); }
