#include "util.h"
Suite *profile_suite(void) { return suite_create("profile"); }
