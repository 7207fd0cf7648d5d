/* main.c: the heartlines command: parse the command line and hand over to a front end or tool. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "text/text_args.h"
#include "tools/check_cmd.h"
#include "version.h"

static const char usage[] =
    "Usage:\n"
    "  heartlines                        choose a bundled scenario and play it in the terminal\n"
    "  heartlines text FILE.lua [OPTIONS] play a scenario in the terminal\n"
    "  heartlines check [--strict] [PATH...]\n"
    "                                    check scenarios (a folder means every .lua in it;\n"
    "                                    no PATH means the bundled ones)\n"
    "  heartlines --help | --version\n"
    "\n"
    "Options for text:\n"
    "  --choices 2,1,3   make these choices in order, without reading input\n"
    "  --seed N          fix the order choices are shown in (a game's seed is printed at its end)\n"
    "  --in-order        show choices in the order the scenario lists them\n"
    "  --coach           show a coaching note after each choice\n"
    "\n"
    "Options for check:\n"
    "  --strict          warnings also make the exit status non-zero\n"
    "  --max-states N    stop exploring after N distinct states (default 200000)\n"
    "\n"
    "In play, type the number of a choice and press Enter; q stops.\n"
    "Exit status: 0 success, 1 a scenario error (or check findings), 2 a usage error.\n"
    "Heartlines is a practice tool for relationship skills, not therapy.\n";

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "heartlines: %s%s%s\nTry 'heartlines --help'.\n", message, arg ? " " : "", arg ? arg : "");
    return 2;
}

static int play_text(Cli *cli, const char *path, TextOptions *options)
{
    DiagList diags = {0};
    LoadedScenario loaded;
    int status = 1;
    if (loader_open(path, &cli->loader, &diags, &loaded)) status = text_play(&loaded, options);
    cli_print_diags(stderr, &diags);
    loader_close(&loaded);
    diag_list_free(&diags);
    return status;
}

static int text_command(Cli *cli, int argc, char **argv)
{
    TextOptions options = {.seed = (uint64_t)time(NULL), .shuffle = true, .in = stdin, .out = stdout};
    const char *path;
    char error[256];
    int status;
    if (text_args_parse(argc, argv, &options, &path, error, sizeof error)) status = usage_error(error, NULL);
    else status = play_text(cli, path, &options);
    free(options.script);
    return status;
}

/* No command: list the bundled scenarios and play the one chosen. */
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
        TextOptions options = {.seed = (uint64_t)time(NULL), .shuffle = true, .in = stdin, .out = stdout};
        status = play_text(cli, files[pick], &options);
    }
    cli_free_list(files, count);
    return status;
}

int main(int argc, char **argv)
{
    const char *command = argc > 1 ? argv[1] : NULL;
    if (command && (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0)) {
        fputs(usage, stdout);
        return 0;
    }
    if (command && strcmp(command, "--version") == 0) {
        printf("heartlines %s\n", HEARTLINES_VERSION);
        return 0;
    }
    Cli cli;
    if (!cli_init(&cli)) return 1;
    if (!command) return choose_and_play(&cli);
    if (strcmp(command, "text") == 0) return text_command(&cli, argc - 2, argv + 2);
    if (strcmp(command, "check") == 0) return check_cmd_run(&cli, argc - 2, argv + 2);
    return usage_error("unknown command", command);
}
