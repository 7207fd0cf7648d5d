/* scenario_test.h: writers' tests of a scenario, in a small text format (docs/scenario-tests.md):

     scenario cancelled_plans.lua
     test "the repair path still ends well"
       choose 1, 1, 2                      choices as numbered with --in-order,
       choose "Sorry. That came out"       or by the start of their text
       expect ending dinner_at_eleven      also: expect node ID, expect line "text",
       expect trust >= 60                  a state value against a number (>= <= == != > <),
       expect repair                       and a repair after a slip somewhere on the way
*/
#ifndef HEARTLINES_SCENARIO_TEST_H
#define HEARTLINES_SCENARIO_TEST_H

#include <stdio.h>

#include "../lua/loader.h"

typedef struct TestTally {
    int passed, failed;
} TestTally;

/* Runs every test in the file at path, printing "path:line: ..." for each failure (and each
   problem with the file itself, which counts as a failure). */
void scenario_test_run(const char *path, const LoaderOptions *options, FILE *out, TestTally *tally);

#endif
