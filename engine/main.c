/* main.c: the heartlines command: parse the command line and hand over to a front end or tool. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/plan.h"
#include "core/progress.h"
#include "host/cli.h"
#include "host/paths.h"
#include "text/text_args.h"
#include "text/text_together.h"
#include "text/text_workshop.h"
#include "sdl/sdl_main.h"
#include "tools/check_cmd.h"
#include "tools/graph_cmd.h"
#include "tools/new_cmd.h"
#include "tools/strings_cmd.h"
#include "tools/test_cmd.h"
#include "version.h"

static const char usage[] =
    "Usage:\n"
    "  heartlines [WINDOW OPTIONS]       open the game's window (the terminal when there is no display)\n"
    "  heartlines play FILE.lua [WINDOW OPTIONS]\n"
    "                                    open the window straight into one scenario\n"
    "  heartlines text [FILE.lua] [OPTIONS]\n"
    "                                    play in the terminal (no FILE: choose a bundled one)\n"
    "  heartlines together FILE.lua [--sides | --reveal [--lead 1|2|turns] [--keep OUT.md]] [OPTIONS]\n"
    "                                    two players in the terminal: each takes a side (a two-role\n"
    "                                    scenario), or both pick in private, then reveal (any scenario);\n"
    "                                    where they differ the story follows player 1, 2, or each in turn.\n"
    "                                    Who chose what is forgotten at the end, unless --keep names a file to keep it in\n"
    "  heartlines workshop [FILE.lua...] [--report-dir DIR] [--group LABEL] [--text]\n"
    "                      [--phones [--port N] [--bind ADDR]] [--presenter | --one-window]\n"
    "                                    a facilitated session at projector scale (--text: in the terminal):\n"
    "                                    the room's votes, discussion pauses, and an anonymous report\n"
    "                                    (Markdown and CSV; by default in ~/.local/share/heartlines/reports;\n"
    "                                    its summary names the group as --group gives it).\n"
    "                                    No FILE: every bundled scenario. --phones: the room votes\n"
    "                                    anonymously on phones, at an address and QR code on the local\n"
    "                                    network (--bind: this address, default the machine's LAN one;\n"
    "                                    --port: default any free port). --presenter (the default\n"
    "                                    with two displays): the projector shows the audience view,\n"
    "                                    a second window the facilitator's (keys, coaching notes,\n"
    "                                    where options lead, the next prompt, votes, the clock)\n"
    "  heartlines workshop --plan [FILE.lua...] > plan.md\n"
    "                                    the run sheet, to preview before a session: per scenario its\n"
    "                                    content notes, minutes, decisions, discussion prompts and endings\n"
    "  heartlines check [OPTIONS] [PATH...]\n"
    "                                    check scenarios (a folder means every .lua in it;\n"
    "                                    no PATH means the bundled ones)\n"
    "  heartlines graph FILE.lua [--svg OUT.svg]\n"
    "                                    the branch map as Graphviz DOT on standard output (or SVG)\n"
    "  heartlines new NAME               write NAME.lua: a commented, playable scenario to start from\n"
    "  heartlines test FILE.test|DIR...  run scenario tests (docs/scenario-tests.md); ends \"N passed, N failed\"\n"
    "  heartlines strings FILE.lua [--lang CODE] [--csv]\n"
    "                                    its texts by stable id, as a PO template (or CSV) to translate\n"
    "  heartlines --help | --version\n"
    "\n"
    "Options for text:\n"
    "  --choices 2,1,3   make these choices in order, without reading input\n"
    "  --seed N          fix the order choices are shown in (a game's seed is printed at its end)\n"
    "  --in-order        show choices in the order the scenario lists them\n"
    "  --coach           show a coaching note after each choice\n"
    "  --side 1|2|both   in a two-role scenario, play the first role, the second (the game\n"
    "                    chooses for the other) or both in turn; without it, you are asked\n"
    "\n"
    "Window options:\n"
    "  --size WxH              the window's size in pixels (default 1280x720)\n"
    "  --exit-after-frames N   quit after N frames are shown (for benchmarks and tests)\n"
    "  --keys \"Down Return\"   press these keys (SDL key names) one by one after starting\n"
    "  --screenshot FILE.bmp   after the keys, save the window to FILE.bmp and quit\n"
    "  --seed N                show every scenario's choices in one fixed order (for scripts)\n"
    "  --frame-stats           on quitting, print the frames drawn after the first and the CPU time\n"
    "                          they took (for bench/run.sh)\n"
    "In the window: arrows, Enter and 1-9, the mouse, or a gamepad; Esc for the menu; F11 fullscreen.\n"
    "Settings, progress and the autosave are kept in the per-user folder SDL gives (on Linux,\n"
    "~/.local/share/heartlines/); the terminal keeps its endings and skills there too. The window\n"
    "draws with SDL's software renderer (light and quick for text); SDL_RENDER_DRIVER=opengl in the\n"
    "environment uses the GPU instead.\n"
    "\n"
    "Every command takes --lang CODE: scenarios with a translation (FILE.CODE.po) play in it, and so\n"
    "does the interface when scripts/lang/CODE.po exists (see docs/translating.md).\n"
    "\n"
    "Options for check:\n"
    "  --explain CODE    what a diagnostic code (E101, W301...) means, then stop\n"
    "  --strict          warnings also make the exit status non-zero\n"
    "  --stats           a table per scenario: size, words, minutes, tags, endings hit by random play;\n"
    "                    then how often each skill is used, and tags never used; given two or more\n"
    "                    files, the surface cues (longest, sorry, a word reader...) against chance\n"
    "  --random N        play each scenario N times at random (seeds 1..N): how often each node is reached\n"
    "  --json            one JSON document with every file, diagnostic and count, for editors\n"
    "  --max-states N    stop exploring after N distinct states (default 200000)\n"
    "  --walk-seconds S  stop exploring after S seconds of CPU time (default 1)\n"
    "\n"
    "Options may come before the command or after it, as --option VALUE or --option=VALUE.\n"
    "In play, type the number of a choice and press Enter; q stops.\n"
    "Exit status: 0 success, 1 a scenario error (or check findings, or standard output that could\n"
    "not be written), 2 a usage error.\n"
    "Heartlines is a practice tool for relationship skills, not therapy.\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "heartlines: %s%s%s\nTry 'heartlines --help'.\n", message, arg ? " " : "", arg ? arg : "");
    return 2;
}

/* Plays one scenario in the terminal, keeping its ending and skills in the same progress file
   as the window, so the window's Skills journal shows terminal runs too. */
static int play_text(Cli *cli, const char *path, TextOptions *options)
{
    char progress[4300] = "";
    if (paths_user_dir(progress, sizeof progress - sizeof PROGRESS_FILE)) {
        strcat(progress, PROGRESS_FILE);
        options->progress_file = progress;
    } else
        fprintf(stderr, "heartlines: there is no folder to keep your progress in (is HOME set?); play goes on.\n");
    DiagList diags = {0};
    LoadedScenario loaded;
    int status = 1;
    if (loader_open(path, &cli->loader, &diags, &loaded)) status = text_play(&loaded, options);
    cli_print_diags(stderr, &diags);
    loader_close(&loaded);
    diag_list_free(&diags);
    return status;
}

/* The terminal's own menu: list the bundled scenarios and play the one chosen. */
static int choose_and_play(Cli *cli)
{
    char dir[4300];
    snprintf(dir, sizeof dir, "%s/scripts/scenarios", cli->data_dir);
    int count = 0;
    char **files = cli_list_files(dir, ".lua", &count);
    int status = 0;
    int pick = 0;
    if (count > 1) {
        printf("Heartlines: practise the conversations that matter. A practice tool, not therapy.\n\n");
        for (int i = 0; i < count; i++) printf("%d. %s\n", i + 1, strrchr(files[i], '/') + 1);
        printf("Which scenario? Type a number.\n> ");
        fflush(stdout);
        if (scanf("%d", &pick) != 1 || pick < 1 || pick > count) status = 2;
        else pick--;
        int c;
        while ((c = getchar()) != '\n' && c != EOF) {}
    }
    if (count == 0) {
        fprintf(stderr, "heartlines: no scenarios in %s\n", dir);
        status = 1;
    } else if (status == 0) {
        TextOptions options = {.seed = (uint64_t)time(NULL), .shuffle = true, .in = stdin, .out = stdout, .ui = &cli->ui};
        status = play_text(cli, files[pick], &options);
    }
    cli_free_list(files, count);
    return status;
}

/* One window option at argv[i] (--size, --exit-after-frames, --keys, --screenshot, --frame-stats, --seed):
   how many arguments it took, or 0 when it is not one. */
static int window_option(int argc, char **argv, int i, WindowOptions *options)
{
    const char *arg = argv[i], *value = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(arg, "--frame-stats") == 0) return options->frame_stats = true, 1;
    if (!value) return 0;
    if (strcmp(arg, "--size") == 0)
        return sscanf(value, "%dx%d", &options->width, &options->height) == 2 && options->width >= 320 &&
                       options->height >= 240 ? 2 : 0;
    if (strcmp(arg, "--exit-after-frames") == 0) return (options->exit_after_frames = atoi(value)) > 0 ? 2 : 0;
    if (strcmp(arg, "--keys") == 0) return options->keys = value, 2;
    if (strcmp(arg, "--screenshot") == 0) return options->screenshot = value, 2;
    if (strcmp(arg, "--seed") == 0) return (options->seed = strtoull(value, NULL, 10)) > 0 ? 2 : 0;
    return 0;
}

/* Parses window options from argv (after the command), and the scenario file for "play". */
static int window_command(Cli *cli, int argc, char **argv, bool wants_file)
{
    WindowOptions options = {0};
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        int taken = window_option(argc, argv, i, &options);
        if (taken) i += taken - 1;
        else if (wants_file && arg[0] != '-' && !options.scenario) options.scenario = arg;
        else return usage_error("unknown or incomplete option", arg);
    }
    if (wants_file && !options.scenario) return usage_error("play needs a scenario file, as in: heartlines play FILE.lua", NULL);
    int status = sdl_main_run(cli, &options);
    if (status >= 0) return status;
    if (wants_file) {
        TextOptions text = {.seed = (uint64_t)time(NULL), .shuffle = true, .in = stdin, .out = stdout, .ui = &cli->ui};
        fprintf(stderr, "heartlines: playing in the terminal instead\n");
        return play_text(cli, options.scenario, &text);
    }
    fprintf(stderr, "heartlines: playing in the terminal instead\n");
    return choose_and_play(cli);
}

/* "1", "2" or "turns" as a player index or LEAD_TURNS; false for anything else. */
static bool parse_lead(const char *text, int *lead)
{
    if (strcmp(text, "1") == 0 || strcmp(text, "2") == 0) *lead = text[0] - '1';
    else if (strcmp(text, "turns") == 0) *lead = LEAD_TURNS;
    else return false;
    return true;
}

/* heartlines together FILE [--sides | --reveal [--lead WHO] [--keep OUT]] [text options]: two players in the terminal. */
static int together_command(Cli *cli, int argc, char **argv)
{
    TogetherOptions together = {.mode = (TogetherMode)-1, .lead = LEAD_TURNS};
    char *rest[64];
    int count = 0;
    for (int i = 0; i < argc && count < 64; i++) {
        if (strcmp(argv[i], "--sides") == 0) together.mode = TOGETHER_SIDES;
        else if (strcmp(argv[i], "--reveal") == 0) together.mode = TOGETHER_REVEAL;
        else if (strcmp(argv[i], "--lead") == 0) {
            if (i + 1 == argc || !parse_lead(argv[++i], &together.lead)) return usage_error("--lead takes 1, 2 or turns", NULL);
        } else if (strcmp(argv[i], "--keep") == 0) {
            if (i + 1 == argc) return usage_error("--keep takes a file name", NULL);
            together.keep = argv[++i];
        } else rest[count++] = argv[i];
    }
    TextOptions options = {.seed = (uint64_t)time(NULL), .shuffle = true, .in = stdin, .out = stdout, .ui = &cli->ui};
    const char *path;
    char error[256];
    if (text_args_parse(count, rest, &options, &path, error, sizeof error)) {
        free(options.script);
        return usage_error(error, NULL);
    }
    DiagList diags = {0};
    LoadedScenario loaded;
    int status = 1;
    if (loader_open(path, &cli->loader, &diags, &loaded)) {
        if ((int)together.mode < 0) together.mode = loaded.scenario->role_count == 2 ? TOGETHER_SIDES : TOGETHER_REVEAL;
        status = text_together(&loaded, &options, &together);
    }
    cli_print_diags(stderr, &diags);
    loader_close(&loaded);
    diag_list_free(&diags);
    free(options.script);
    return status;
}

static uint32_t wall_clock_ms(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint32_t)(now.tv_sec * 1000 + now.tv_nsec / 1000000);
}

/* ~/.local/share/heartlines/reports (or under $XDG_DATA_HOME); the session makes it if missing. */
static void default_report_dir(char *out, size_t size)
{
    const char *data = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (data && *data) snprintf(out, size, "%s/heartlines/reports", data);
    else snprintf(out, size, "%s/.local/share/heartlines/reports", home ? home : ".");
}

/* heartlines workshop --plan FILE...: the run sheet on standard output, for a preview. */
static int plan_command(Cli *cli, char **files, int count)
{
    LoadedScenario *loaded = calloc((size_t)count + 1, sizeof *loaded);
    const Scenario **scenarios = calloc((size_t)count + 1, sizeof *scenarios);
    if (!loaded || !scenarios) return free(loaded), free(scenarios), 1;
    int opened = 0, status = 0;
    for (int i = 0; i < count; i++) {
        DiagList diags = {0};
        if (loader_open(files[i], &cli->loader, &diags, &loaded[opened])) {
            scenarios[opened] = loaded[opened].scenario;
            opened++;
        } else {
            status = 1;
            loader_close(&loaded[opened]);
        }
        cli_print_diags(stderr, &diags);
        diag_list_free(&diags);
    }
    plan_write_header(scenarios, opened, stdout);
    for (int i = 0; i < opened; i++) plan_write_scenario(scenarios[i], i + 1, stdout);
    for (int i = 0; i < opened; i++) loader_close(&loaded[i]);
    free(loaded);
    free(scenarios);
    return status;
}

/* heartlines workshop [FILE...] [--report-dir DIR]: a facilitated session (in the terminal). */
static int workshop_command(Cli *cli, int argc, char **argv)
{
    char *files[64], dir[4096] = "", date[32];
    int count = 0, taken;
    bool text = false, phones = false, plan = false;
    TextPhonesConfig room = {.lang = cli->lang};
    WindowOptions window = {.workshop = true};
    for (int i = 0; i < argc; i++) {
        if ((taken = window_option(argc, argv, i, &window))) i += taken - 1;
        else if (strcmp(argv[i], "--report-dir") == 0 && i + 1 < argc) snprintf(dir, sizeof dir, "%s", argv[++i]);
        else if (strcmp(argv[i], "--text") == 0) text = true;
        else if (strcmp(argv[i], "--phones") == 0) phones = true;
        else if (strcmp(argv[i], "--presenter") == 0) window.presenter = PRESENTER_ON;
        else if (strcmp(argv[i], "--one-window") == 0) window.presenter = PRESENTER_OFF;
        else if (strcmp(argv[i], "--plan") == 0) plan = true;
        else if (strcmp(argv[i], "--group") == 0 && i + 1 < argc) window.group = argv[++i];
        else if (strcmp(argv[i], "--bind") == 0 && i + 1 < argc) room.bind = argv[++i];
        else if (strcmp(argv[i], "--port") == 0 && i + 1 < argc) {
            char *end;
            long port = strtol(argv[++i], &end, 10);
            if (*end || port < 0 || port > 65535) return usage_error("--port takes a number from 0 to 65535", NULL);
            room.port = (uint16_t)port;
        }
        else if (argv[i][0] != '-' && count < 64) files[count++] = argv[i];
        else return usage_error("unknown or incomplete option", argv[i]);
    }
    if (plan) {
        if (count) return plan_command(cli, files, count);
        char scenarios[4300];
        int bundled = 0;
        snprintf(scenarios, sizeof scenarios, "%s/scripts/scenarios", cli->data_dir);
        char **all = cli_list_files(scenarios, ".lua", &bundled);
        int status = plan_command(cli, all, bundled);
        cli_free_list(all, bundled);
        return status;
    }
    if (!text) {   /* the window, at projector scale; the terminal when there is no display */
        window.workshop_files = files, window.workshop_count = count, window.report_dir = dir;
        window.phones = (WorkshopPhonesConfig){.enabled = phones, .bind = room.bind, .port = room.port};
        int status = sdl_main_run(cli, &window);
        if (status >= 0) return status;
        fprintf(stderr, "heartlines: running the workshop in the terminal instead\n");
    }
    int bundled = 0;
    char **playlist = NULL, scenarios[4300];
    if (count == 0) {
        snprintf(scenarios, sizeof scenarios, "%s/scripts/scenarios", cli->data_dir);
        playlist = cli_list_files(scenarios, ".lua", &bundled);
    }
    if (!dir[0]) default_report_dir(dir, sizeof dir);
    time_t now = time(NULL);
    strftime(date, sizeof date, "%Y-%m-%d %H:%M", localtime(&now));
    WorkshopOptions options = {
        .text = {.in = stdin, .out = stdout, .ui = &cli->ui},
        .files = count ? files : playlist, .file_count = count ? count : bundled,
        .report_dir = dir, .now_ms = wall_clock_ms, .date = date, .phones = phones ? &room : NULL,
        .group = window.group,
    };
    int status = text_workshop(&cli->loader, &options);
    cli_free_list(playlist, bundled);
    return status;
}

static int text_command(Cli *cli, int argc, char **argv)
{
    if (argc == 0) return choose_and_play(cli);
    TextOptions options = {.seed = (uint64_t)time(NULL), .shuffle = true, .in = stdin, .out = stdout, .ui = &cli->ui};
    const char *path;
    char error[256];
    int status;
    if (text_args_parse(argc, argv, &options, &path, error, sizeof error)) status = usage_error(error, NULL);
    else status = play_text(cli, path, &options);
    free(options.script);
    return status;
}

/* --lang CODE applies to every command: taken out before they read their options. */
static int take_lang(Cli *cli, int argc, char **argv)
{
    for (int i = 0; i + 1 < argc; i++)
        if (strcmp(argv[i], "--lang") == 0) {
            cli_set_lang(cli, argv[i + 1]);
            memmove(&argv[i], &argv[i + 2], (size_t)(argc - i - 1) * sizeof *argv);   /* with its NULL */
            return argc - 2;
        }
    return argc;
}

static int window_home(Cli *cli, int argc, char **argv) { return window_command(cli, argc, argv, false); }

static int play_command(Cli *cli, int argc, char **argv) { return window_command(cli, argc, argv, true); }

/* Every command, and what runs it with the arguments after its name. */
typedef struct Command {
    const char *name;
    int (*run)(Cli *cli, int argc, char **argv);
} Command;

static const Command commands[] = {
    {"play", play_command},         {"together", together_command}, {"workshop", workshop_command},
    {"text", text_command},         {"check", check_cmd_run},       {"graph", graph_cmd_run},
    {"new", new_cmd_run},           {"test", test_cmd_run},         {"strings", strings_cmd_run},
};

static const Command *find_command(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(commands[i].name, name) == 0) return &commands[i];
    return NULL;
}

/* The options that take a value, so that value is never mistaken for the command. */
static bool takes_value(const char *option)
{
    static const char *const with_value[] = {"--size", "--exit-after-frames", "--keys", "--screenshot", "--seed",
                                             "--report-dir", "--choices", "--lead", "--keep", "--svg", "--random",
                                             "--max-states", "--lang"};
    for (size_t i = 0; i < sizeof with_value / sizeof *with_value; i++)
        if (strcmp(option, with_value[i]) == 0) return true;
    return false;
}

/* "--seed=7" becomes "--seed" "7", as every command reads it. args holds argc * 2 slots. */
static int split_equals(int argc, char **argv, char **args)
{
    int count = 0;
    for (int i = 0; i < argc; i++) {
        char *equals = strncmp(argv[i], "--", 2) == 0 ? strchr(argv[i], '=') : NULL;
        args[count++] = argv[i];
        if (!equals) continue;
        *equals = '\0';
        args[count++] = equals + 1;
    }
    return count;
}

/* Runs the command named anywhere among the arguments (options may come before it: "heartlines
   --size 800x600 play FILE"), with every other argument in its order; no command: the window. */
static int run_command(Cli *cli, int argc, char **argv)
{
    int at = -1;
    for (int i = 0; i < argc && at < 0; i++) {
        if (argv[i][0] == '-') i += takes_value(argv[i]);
        else at = i;
    }
    const Command *command = at >= 0 ? find_command(argv[at]) : NULL;
    if (at >= 0 && !command) return usage_error("unknown command", argv[at]);
    if (!command) return window_home(cli, argc, argv);
    char *name = argv[at];
    memmove(&argv[1], &argv[0], (size_t)at * sizeof *argv);   /* the options before it go after it */
    argv[0] = name;
    return command->run(cli, argc - 1, argv + 1);
}

/* Standard output that could not be written (a full disk, a closed pipe) is a failure too. */
static int finish_output(int status)
{
    if (fflush(stdout) == 0 && !ferror(stdout)) return status;
    fprintf(stderr, "heartlines: cannot write to standard output: %s\n", strerror(errno));
    return status ? status : 1;
}

int main(int argc, char **argv)
{
    char **args = calloc((size_t)argc * 2 + 1, sizeof *args);
    if (!args) {
        fprintf(stderr, "heartlines: out of memory\n");
        return 1;
    }
    int count = split_equals(argc - 1, argv + 1, args);
    const char *first = count ? args[0] : NULL;
    int status;
    if (first && (strcmp(first, "--help") == 0 || strcmp(first, "-h") == 0)) status = fputs(usage, stdout) < 0;
    else if (first && strcmp(first, "--version") == 0) status = printf("heartlines %s\n", HEARTLINES_VERSION) < 0;
    else {
        Cli cli;
        status = 1;
        if (cli_init(&cli)) {
            count = take_lang(&cli, count, args);
            status = run_command(&cli, count, args);
            cli_free(&cli);
        }
    }
    free(args);
    return finish_output(status);
}
