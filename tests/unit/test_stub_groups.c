#include "tests.h"
int run_sandbox_tests(void) { return 0; }
int run_check_tests(void) { return 0; }
int run_transcript_tests(void) { return 0; }
