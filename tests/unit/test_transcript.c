/* test_transcript.c: golden transcripts (the .txt files in tests/transcripts). Each file is a
   header, a line
   "----", and the exact text the terminal front end must print:
     scenario: PATH              the scenario to play
     args: --seed 3 --choices 1,2    options as given to `heartlines text`
     input: 1|2|q                optional lines typed at the prompt, '|' between them
     lang: fr                    optional: the language to play in: the scenario's translation
                                 and the interface's (scripts/lang/fr.po), as --lang fr does
     together: reveal            optional: two players (reveal, or sides), as `heartlines together`
     lead: 2                     optional, with reveal: whose pick the story follows (1, 2; default:
   turns) HEARTLINES_UPDATE_TRANSCRIPTS=1 rewrites the expected text from what is printed now. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../engine/host/cli.h"
#include "../../engine/text/text_args.h"
#include "../../engine/text/text_together.h"
#include "tests.h"

enum { MAX_ARGS = 32 };
static const char separator[] = "\n----\n";

static bool header(const char *text, const char *key, char *out, size_t size)
{
    size_t length = strlen(key);
    for (const char *line = text; line && *line && strncmp(line, "----", 4) != 0;) {
        const char *end = strchr(line, '\n');
        if (strncmp(line, key, length) == 0 && line[length] == ':') {
            const char *value = line + length + 1 + (line[length + 1] == ' ');
            snprintf(out, size, "%.*s", (int)(end ? end - value : (long)strlen(value)), value);
            return true;
        }
        line = end ? end + 1 : NULL;
    }
    return false;
}

/* Plays as the header says and returns what was printed (malloc'd). */
static char *play(const char *path, const char *text)
{
    char scenario[512], args[512] = "", input[512] = "", lang[32] = "", together[32] = "", lead[16] = "";
    if (!header(text, "scenario", scenario, sizeof scenario)) fail_msg("%s: no 'scenario:' line", path);
    header(text, "args", args, sizeof args);
    header(text, "input", input, sizeof input);
    header(text, "lang", lang, sizeof lang);
    header(text, "together", together, sizeof together);
    header(text, "lead", lead, sizeof lead);
    for (char *p = input; *p; p++) *p = *p == '|' ? '\n' : *p;
    if (input[0]) strcat(input, "\n");
    char *argv[MAX_ARGS];
    int argc = 0;
    argv[argc++] = scenario;
    for (char *word = strtok(args, " "); word && argc < MAX_ARGS; word = strtok(NULL, " ")) argv[argc++] = word;
    char *output = NULL;
    size_t output_size = 0;
    TextOptions options = {.shuffle = true, .in = input[0] ? fmemopen(input, strlen(input), "r") : fopen("/dev/null", "r"),
                           .out = open_memstream(&output, &output_size)};
    const char *scenario_path;
    char error[256];
    if (text_args_parse(argc, argv, &options, &scenario_path, error, sizeof error)) fail_msg("%s: %s", path, error);
    LoaderOptions loader_options = test_loader_options();
    loader_options.lang = lang[0] ? lang : NULL;
    Catalog ui = {0};
    if (lang[0]) {
        char ui_path[64], why[256];
        snprintf(ui_path, sizeof ui_path, "scripts/lang/%s.po", lang);
        if (!catalog_read_po(&ui, ui_path, why, sizeof why)) fail_msg("%s: %s", path, why);
        options.ui = &ui;
    }
    DiagList diags = {0};
    LoadedScenario loaded;
    if (!loader_open(scenario_path, &loader_options, &diags, &loaded))
        fail_msg("%s: cannot load %s: %s", path, scenario_path, diags.count ? diags.items[0].message : "");
    TogetherOptions two = {.mode = strcmp(together, "sides") == 0 ? TOGETHER_SIDES : TOGETHER_REVEAL,
                           .lead = lead[0] ? atoi(lead) - 1 : LEAD_TURNS};
    int status = !together[0] ? text_play(&loaded, &options) : text_together(&loaded, &options, &two);
    fprintf(options.out, "[exit %d]\n", status);
    loader_close(&loaded);
    diag_list_free(&diags);
    catalog_free(&ui);
    free(options.script);
    fclose(options.in);
    fclose(options.out);
    return output;
}

static void report_difference(const char *path, const char *expected, const char *actual)
{
    int line = 1;
    while (*expected && *expected == *actual) line += *expected++ == '\n', actual++;
    print_error("%s: differs at line %d of the transcript\n  expected: %.80s\n  printed:  %.80s\n", path, line,
                expected, actual);
}

static bool transcript_matches(const char *path)
{
    char *text = test_read_file(path);
    assert_non_null(text);
    char *body = strstr(text, separator);
    if (!body) fail_msg("%s: no '----' line", path);
    char *actual = play(path, text);
    bool same = strcmp(body + strlen(separator), actual) == 0;
    if (!same && getenv("HEARTLINES_UPDATE_TRANSCRIPTS")) {
        FILE *file = fopen(path, "wb");
        fprintf(file, "%.*s%s%s", (int)(body - text), text, separator, actual);
        fclose(file);
        print_message("updated %s\n", path);
    } else if (!same) report_difference(path, body + strlen(separator), actual);
    free(actual);
    free(text);
    return same;
}

static void transcripts_match(void **state)
{
    (void)state;
    int count = 0, failures = 0;
    char **files = cli_list_files("tests/transcripts", ".txt", &count);
    for (int i = 0; i < count; i++) failures += !transcript_matches(files[i]);
    cli_free_list(files, count);
    assert_true(count >= 3);
    if (failures) fail_msg("%d of %d transcripts differ", failures, count);
}

int run_transcript_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(transcripts_match),
    };
    return cmocka_run_group_tests_name("transcripts", tests, NULL, NULL);
}
