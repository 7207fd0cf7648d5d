/* test_speech.c: self-voicing. What is said (the core's speech_text), when the window says it
   (through the recording backend), and one run through speech-dispatcher itself. */
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../engine/core/settings.h"
#include "../../engine/core/speech_text.h"
#include "tests.h"
#include "window_fixture.h"

extern char **environ;

static void expect_clean(const char *text, const char *heard)
{
    StrBuf out = {0};
    speech_text_clean(text, &out);
    assert_string_equal(strbuf_text(&out), heard);
    strbuf_free(&out);
}

static void stage_directions_are_said_as_actions(void **state)
{
    (void)state;
    expect_clean("*You slide the biscuit tin along to her.* \"Here.\"",
                 "You slide the biscuit tin along to her. \"Here.\"");
    expect_clean("*shrugs*Fine, go.", "shrugs. Fine, go.");
    expect_clean("\"Fine,\" *she says*", "\"Fine,\" she says");
    expect_clean("What helped:\n- Sam said: \"Yes\"\n  That was: Listening\n\nThe end",
                 "What helped: Sam said: \"Yes\" That was: Listening. The end");
}

static void lines_and_items_read_as_seen(void **state)
{
    (void)state;
    ViewLine lines[] = {{0, "Sam", "*sighs* I know."}, {SPEAKER_NARRATOR, NULL, "Rain"}};
    View view = {.lines = lines, .line_count = 2};
    StrBuf out = {0};
    speech_text_lines(&view, &out);
    speech_text_item(2, "*Nod.* Go on", NULL, NULL, &out);
    speech_text_item(0, "Text size", "120%", "Bigger letters", &out);
    assert_string_equal(strbuf_text(&out),
                        "Sam: sighs. I know. Rain. 2: Nod. Go on. Text size: 120%. Bigger letters");
    strbuf_free(&out);
}

static void speech_settings_are_kept(void **state)
{
    (void)state;
    Settings s = settings_defaults();
    assert_false(s.speech);
    assert_int_equal(s.speech_rate, 0);
    s.speech = true;
    s.speech_rate = -30;
    Store store = {0};
    settings_to_store(&s, &store);
    Settings back = settings_from_store(&store);
    assert_true(back.speech);
    assert_int_equal(back.speech_rate, -30);
    store_set(&store, "speech_rate", "500");   /* out of range: the default */
    assert_int_equal(settings_from_store(&store).speech_rate, 0);
    store_free(&store);
}

/* The log's lines from the last "say" on, to see what came after it. */
static const char *after_last_say(const SpeechRecorder *r)
{
    const char *text = strbuf_text(&r->log), *last = NULL;
    for (const char *p = strstr(text, "say: "); p; p = strstr(p + 1, "\nsay: "))
        last = p[0] == '\n' ? p + 1 : p;
    return last ? last : text;
}

static void speech_on(Fixture *f)
{
    key(f, SDLK_v);
    pump(f);   /* the opened event */
    assert_true(speech_active(&f->app.speech));
}

static void off_says_nothing_and_v_turns_it_on(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    key(&f, SDLK_DOWN);
    key(&f, SDLK_UP);
    assert_int_equal(f.speech.log.length, 0);   /* off by default: not even opened */
    speech_on(&f);
    assert_non_null(strstr(strbuf_text(&f.speech.log), "open\nrate: 0\n"));
    assert_string_equal(f.speech.last, "Heartlines. Play a scenario");
    char path[300];
    snprintf(path, sizeof path, "%ssettings.txt", f.pref);
    char *saved = test_read_file(path);
    assert_non_null(strstr(saved, "speech = yes"));
    free(saved);
    key(&f, SDLK_DOWN);   /* the focus moves: the new item, cutting off the old */
    assert_string_equal(f.speech.last, "Play together (two people, one screen)");
    assert_non_null(strstr(strbuf_text(&f.speech.log), "cancel\nsay: Play together"));
    key(&f, SDLK_LCTRL);  /* hush */
    assert_string_equal(after_last_say(&f.speech), "say: Play together (two people, one screen)\n"
                                                   "cancel\n");
    key(&f, SDLK_v);      /* off: closed, and nothing more is said */
    int says = f.speech.says;
    key(&f, SDLK_DOWN);
    assert_int_equal(f.speech.says, says);
    assert_non_null(strstr(after_last_say(&f.speech), "close\n"));
    close_app(&f);
}

/* Cancelled Plans' first scene, speech on, every line shown. */
static void open_scene_speaking(Fixture *f)
{
    open_app(f, 1280, 720, true);
    speech_on(f);
    app_open_scenario(&f->app, "scripts/scenarios/cancelled_plans.lua");
    f->app.play.seed = 14;
    key(f, SDLK_RETURN);   /* Start */
    assert_int_equal(f->app.screen, SCREEN_SCENE);
}

static void scene_lines_and_options_are_said_as_they_appear(void **state)
{
    (void)state;
    Fixture f = {0};
    open_scene_speaking(&f);
    const View *view = runtime_view(f.app.play.runtime);
    assert_true(view->line_count > 0 && view->kind == VIEW_CHOOSE);
    StrBuf first = {0};
    speech_text_line(&view->lines[view->line_count - 1], &first);
    assert_non_null(strstr(f.speech.last, strbuf_text(&first)));   /* the lines... */
    strbuf_free(&first);
    char option[1200];
    snprintf(option, sizeof option, "1: %.1000s", f.app.menu.items[0].label);
    assert_non_null(strstr(f.speech.last, "1: "));                  /* ...then every option */
    assert_non_null(strstr(f.speech.last, "2: "));
    assert_null(strchr(f.speech.last, '*'));                        /* actions without stars */
    int says = f.speech.says;
    key(&f, SDLK_SPACE);   /* the rest of the text shown: nothing new to say */
    assert_int_equal(f.speech.says, says);
    moment(&f);
    key(&f, SDLK_DOWN);
    assert_int_equal(strncmp(f.speech.last, "2: ", 3), 0);
    key(&f, SDLK_RETURN);   /* chosen: the next scene's lines, cutting off the option */
    assert_int_equal(f.app.screen, SCREEN_SCENE);
    assert_int_not_equal(strncmp(f.speech.last, "2: ", 3), 0);
    assert_non_null(strstr(after_last_say(&f.speech) - 7, "cancel\nsay: "));
    close_app(&f);
}

static void the_debrief_is_said(void **state)
{
    (void)state;
    Fixture f = {0};
    open_scene_speaking(&f);
    for (int guard = 0; f.app.screen == SCREEN_SCENE && guard < 400; guard++)
        key(&f, SDLK_RETURN);
    assert_int_equal(f.app.screen, SCREEN_DEBRIEF);
    assert_non_null(strstr(f.speech.last, "The end: "));
    assert_non_null(strstr(f.speech.last, "What helped: "));
    assert_non_null(strstr(f.speech.last, "The five threads: "));
    assert_null(strstr(f.speech.last, "\n"));
    close_app(&f);
}

static void settings_say_their_values_at_the_players_rate(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    speech_on(&f);
    while (f.app.menu.focus != 4) key(&f, SDLK_DOWN);   /* Settings */
    key(&f, SDLK_RETURN);
    assert_string_equal(f.speech.last, "Settings. Text size: 100%");
    while (strncmp(f.app.menu.items[f.app.menu.focus].label, "Speech rate", 11) != 0)
        key(&f, SDLK_DOWN);
    assert_string_equal(f.speech.last, "Speech rate: normal");
    key(&f, SDLK_RIGHT);
    assert_int_equal(f.app.prefs.settings.speech_rate, 10);
    assert_string_equal(f.speech.last, "Speech rate: +10");
    assert_non_null(strstr(strbuf_text(&f.speech.log), "rate: 10\n"));
    key(&f, SDLK_UP);
    key(&f, SDLK_RETURN);   /* the speech setting itself: off */
    assert_false(f.app.prefs.settings.speech);
    assert_non_null(strstr(after_last_say(&f.speech), "close\n"));
    close_app(&f);
}

static void no_speech_service_is_said_once_and_play_goes_on(void **state)
{
    (void)state;
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    f.speech.refuse = true;
    key(&f, SDLK_v);
    pump(&f);
    assert_false(speech_active(&f.app.speech));
    assert_non_null(strstr(f.app.prefs.notice, "no speech service answered"));
    key(&f, SDLK_DOWN);
    key(&f, SDLK_UP);
    key(&f, SDLK_RETURN);   /* the game goes on, silently */
    assert_int_equal(f.app.screen, SCREEN_LIST);
    assert_string_equal(strbuf_text(&f.speech.log), "open\n");   /* one try, no retries */
    close_app(&f);
}

/* Starts speech-dispatcher in the foreground with its dummy voice and a socket in dir; its pid,
   or 0 when it is not installed or does not come up. */
static pid_t start_dispatcher(const char *dir, char *socket, size_t size)
{
    char conf[300], logs[300], path[400];
    snprintf(conf, sizeof conf, "%s/conf", dir);
    snprintf(logs, sizeof logs, "%s/log", dir);
    snprintf(socket, size, "%s/speechd.sock", dir);
    mkdir(dir, 0700);
    mkdir(conf, 0700);
    mkdir(logs, 0700);
    snprintf(path, sizeof path, "%s/speechd.conf", conf);
    FILE *file = fopen(path, "w");
    assert_non_null(file);
    fputs("AddModule \"dummy\" \"sd_dummy\" \"\"\nDefaultModule dummy\n"
          "AudioOutputMethod \"libao\"\n", file);   /* no sound server needed */
    fclose(file);
    char *argv[] = {"speech-dispatcher", "-s", "-t", "30", "-l", "5", "-C", conf, "-S", socket,
                    "-L", logs, NULL};
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    int failed = posix_spawnp(&pid, "speech-dispatcher", &quiet, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&quiet);
    if (failed) return 0;
    struct stat info;
    struct timespec step = {0, 20 * 1000 * 1000};
    for (int i = 0; i < 300 && stat(socket, &info) != 0; i++) nanosleep(&step, NULL);   /* up? */
    return pid;
}

/* The game with speech-dispatcher itself: speaking when a server answers; otherwise the "no speech
   service" notice, and play goes on. Either way it closes cleanly. */
static void speaks_through_speech_dispatcher(void **state)
{
    (void)state;
    char here[200], dir[256], socket[300], address[320];
    assert_non_null(getcwd(here, sizeof here));   /* the server reads its paths from its own */
    snprintf(dir, sizeof dir, "%s/build/test_speechd_%d", here, (int)getpid());
    pid_t server = start_dispatcher(dir, socket, sizeof socket);
    snprintf(address, sizeof address, "unix_socket:%s", socket);
    setenv("SPEECHD_ADDRESS", address, 1);   /* never the desktop's own service */
    Fixture f = {0};
    open_app(&f, 1280, 720, true);
    speech_init(&f.app.speech, speech_dispatcher_backend(), f.app.speech_event);
    key(&f, SDLK_v);
    SDL_Event event;
    while (f.app.speech.opening && SDL_WaitEvent(&event)) app_handle(&f.app, &event);
    app_draw(&f.app);
    if (speech_active(&f.app.speech)) {
        key(&f, SDLK_DOWN);   /* said, cut off, said again */
        key(&f, SDLK_LCTRL);
        print_message("speech: spoke through speech-dispatcher at %s\n", socket);
    } else {
        assert_non_null(strstr(f.app.prefs.notice, "no speech service answered"));
        print_message("speech: no speech-dispatcher (%s); the silent path was taken\n",
                      f.app.speech.why);
    }
    key(&f, SDLK_RETURN);
    assert_int_equal(f.app.screen, SCREEN_LIST);   /* the game goes on either way */
    close_app(&f);
    unsetenv("SPEECHD_ADDRESS");
    if (!server) return;
    char log[400];
    snprintf(log, sizeof log, "%s/log/speech-dispatcher.log", dir);
    char *said = test_read_file(log);
    assert_non_null(said);
    assert_non_null(strstr(said, "Play together"));   /* the server heard the focus move */
    free(said);
    kill(server, SIGTERM);
    waitpid(server, NULL, 0);
}

int run_speech_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stage_directions_are_said_as_actions),
        cmocka_unit_test(lines_and_items_read_as_seen),
        cmocka_unit_test(speech_settings_are_kept),
        cmocka_unit_test(off_says_nothing_and_v_turns_it_on),
        cmocka_unit_test(scene_lines_and_options_are_said_as_they_appear),
        cmocka_unit_test(the_debrief_is_said),
        cmocka_unit_test(settings_say_their_values_at_the_players_rate),
        cmocka_unit_test(no_speech_service_is_said_once_and_play_goes_on),
        cmocka_unit_test(speaks_through_speech_dispatcher),
    };
    return cmocka_run_group_tests_name("speech", tests, start_sdl, stop_sdl);
}
