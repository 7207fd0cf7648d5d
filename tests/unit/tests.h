/* tests.h: the test groups, and helpers they share. */
#ifndef HEARTLINES_TESTS_H
#define HEARTLINES_TESTS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "../../engine/lua/loader.h"

int run_core_tests(void);
int run_text_tests(void);
int run_loader_tests(void);
int run_sandbox_tests(void);
int run_check_tests(void);
int run_cues_tests(void);
int run_debrief_tests(void);
int run_stage_tests(void);
int run_language_tests(void);
int run_transcript_tests(void);
int run_window_tests(void);
int run_window_look_tests(void);
int run_speech_tests(void);
int run_store_tests(void);
int run_pack_tests(void);
int run_tools_tests(void);
int run_together_tests(void);
int run_workshop_flow_tests(void);
int run_together_flow_tests(void);
int run_data_safety_tests(void);
int run_monkey_tests(void);
int run_room_tests(void);
int run_room_window_tests(void);
int run_plan_tests(void);
int run_presenter_tests(void);
int run_helper_tests(void);
int run_safety_tests(void);
int run_terminal_progress_tests(void);

/* Loader options for tests, run from the repository's top folder. */
LoaderOptions test_loader_options(void);
/* The whole file, NUL-terminated; NULL if it cannot be read. */
char *test_read_file(const char *path);
/* Fails unless actual is exactly the golden file's text. HEARTLINES_UPDATE_TRANSCRIPTS=1 rewrites
   the golden file instead (read the diff before committing it). */
void test_expect_golden(const char *golden_path, const char *actual);
/* Plays Cancelled Plans to an ending in the terminal, keeping progress in progress_file (NULL:
   not kept); returns what was printed (free it) and sets *status to the exit status. */
char *test_terminal_play(const char *progress_file, int *status);

#endif
