/* test_core.c: the runtime, rules, record and debrief, driven by a scenario built in C with stub
   hooks (no Lua), and the layering rules: what each layer may not include. */
#include <dirent.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../../engine/core/debrief.h"
#include "../../engine/core/runtime.h"
#include "../../engine/core/vocab.h"
#include "tests.h"

enum { VAR_TRUST, VAR_TENSION, FN_TRUSTED = 1, FN_GREETING = 2, FN_BROKEN = 3 };

/* Stub hooks: FN_TRUSTED is "trust >= 50", FN_GREETING computes a line, FN_BROKEN fails. */
static bool stub_condition(void *ctx, int fn, const int *vars, bool *result, DiagList *diags)
{
    (void)ctx;
    if (fn == FN_BROKEN) {
        diag_add(diags, DIAG_FUNCTION_ERROR, "stub", 1, "broken on purpose");
        return false;
    }
    *result = vars[VAR_TRUST] >= 50;
    return true;
}

static bool stub_text(void *ctx, int fn, const int *vars, StrBuf *out, DiagList *diags)
{
    (void)ctx, (void)fn, (void)diags;
    return strbuf_printf(out, "%s", vars[VAR_TRUST] >= 50 ? "Thanks for asking." : "Whatever.");
}

static const ScriptHooks stub_hooks = {NULL, stub_condition, stub_text};

static uint8_t skill(const char *id) { return (uint8_t)vocab_find(TAG_SKILL, id); }
static uint8_t pitfall(const char *id) { return (uint8_t)vocab_find(TAG_PITFALL, id); }

/* start: two choices (one criticism, one open question) -> talk: three choices, one only when
   trust is low (a repair), one calm -> endings warm / cold; tension floods to "break". */
static Scenario *build_scenario(void)
{
    Scenario *s = scenario_new("built.lua");
    Arena *a = &s->arena;
    StateVar *vars = arena_array(a, 2, sizeof *vars);
    vars[VAR_TRUST] = (StateVar){.name = "trust", .start = 50, .max = 100};
    vars[VAR_TENSION] =
        (StateVar){.name = "tension", .start = 20, .max = 100, .lower_is_better = true};
    s->vars = vars, s->var_count = 2;
    CastMember *cast = arena_array(a, 1, sizeof *cast);
    cast[0] = (CastMember){"sam", "Sam"};
    s->cast = cast, s->cast_count = 1;
    s->title = "Built", s->start_id = "start";
    s->flooding = (Flooding){.var = VAR_TENSION, .at = 80, .target_id = "break", .target = NODE_NONE};
    s->self_flooding = (SelfFlooding){.var = VAR_TENSION, .at = 60, .hint = "Breathe first."};

    static uint8_t criticism[1], open_question[1], repair[1], patience[1], stonewall[1];
    criticism[0] = pitfall("criticism"), open_question[0] = skill("open_question");
    repair[0] = skill("repair"), patience[0] = skill("patience"), stonewall[0] = pitfall("stonewall");
    static Effect harsh[] = {{.var = VAR_TRUST, .delta = -20}, {.var = VAR_TENSION, .delta = 45}};
    static Effect kind[] = {{.var = VAR_TRUST, .delta = 10}};

    Node *nodes = arena_array(a, 5, sizeof *nodes);
    Line *start_lines = arena_array(a, 1, sizeof *start_lines);
    start_lines[0] = (Line){.speaker = 0, .text = {"I can't make dinner.", 0}, .line = 3};
    Choice *start_choices = arena_array(a, 2, sizeof *start_choices);
    start_choices[0] = (Choice){.text = {"Seriously? Again?", 0}, .target_id = "talk", .pitfalls = criticism,
                                .pitfall_count = 1, .effects = harsh, .effect_count = 2, .coach = "Harsh."};
    start_choices[1] = (Choice){.text = {"What happened?", 0}, .target_id = "talk", .skills = open_question,
                                .skill_count = 1, .effects = kind, .effect_count = 1, .coach = "Curious."};
    nodes[0] = (Node){.id = "start", .line = 2, .need = 0, .lines = start_lines, .line_count = 1,
                      .choices = start_choices, .choice_count = 2};

    Line *talk_lines = arena_array(a, 1, sizeof *talk_lines);
    talk_lines[0] = (Line){.speaker = 0, .text = {NULL, FN_GREETING}, .line = 6};
    Choice *talk_choices = arena_array(a, 3, sizeof *talk_choices);
    talk_choices[0] = (Choice){.text = {"Sorry. That came out wrong.", 0}, .target_id = "warm", .skills = repair,
                               .skill_count = 1, .coach = "A repair."};
    talk_choices[1] = (Choice){.text = {"Take your time.", 0}, .target_id = "warm", .skills = patience,
                               .skill_count = 1, .calm = true, .when_fn = FN_TRUSTED, .coach = "Patient."};
    talk_choices[2] = (Choice){.text = {"Fine.", 0}, .target_id = "cold", .pitfalls = stonewall, .pitfall_count = 1,
                               .coach = "Cold."};
    nodes[1] = (Node){.id = "talk", .line = 5, .need = 0, .lines = talk_lines, .line_count = 1,
                      .choices = talk_choices, .choice_count = 3};
    Line *warm_lines = arena_array(a, 1, sizeof *warm_lines);
    warm_lines[0] = (Line){.speaker = 0, .text = {"Thank you.", 0}, .line = 10};
    nodes[2] = (Node){.id = "warm", .line = 9, .is_ending = true, .title = "Warm", .summary = "It went well.",
                      .lines = warm_lines, .line_count = 1};
    nodes[3] = (Node){.id = "cold", .line = 11, .is_ending = true, .title = "Cold", .summary = "It went cold."};
    nodes[4] = (Node){.id = "break", .line = 12, .is_ending = true, .title = "Break", .summary = "Sam needed a break."};
    s->nodes = nodes, s->node_count = 5;
    DiagList diags = {0};
    assert_true(scenario_link(s, &diags));
    assert_int_equal(diags.count, 0);
    diag_list_free(&diags);
    return s;
}

static void runtime_shows_the_start(void **state)
{
    (void)state;
    Scenario *s = build_scenario();
    Runtime *rt = runtime_new(s, &stub_hooks, 1, false);
    const View *view = runtime_view(rt);
    assert_int_equal(view->kind, VIEW_CHOOSE);
    assert_int_equal(view->line_count, 1);
    assert_string_equal(view->lines[0].speaker_name, "Sam");
    assert_string_equal(view->lines[0].text, "I can't make dinner.");
    assert_int_equal(view->choice_count, 2);
    assert_string_equal(view->choices[0].text, "Seriously? Again?");
    assert_null(view->coach);
    runtime_free(rt);
    scenario_free(s);
}

static void choices_apply_effects_and_hide_by_condition(void **state)
{
    (void)state;
    Scenario *s = build_scenario();
    Runtime *rt = runtime_new(s, &stub_hooks, 1, false);
    assert_true(runtime_choose(rt, 1));                      /* "What happened?" trust +10 */
    const View *view = runtime_view(rt);
    assert_int_equal(runtime_state(rt)[VAR_TRUST], 60);
    assert_string_equal(view->coach, "Curious.");
    assert_string_equal(view->lines[0].text, "Thanks for asking.");  /* computed text saw trust 60 */
    assert_int_equal(view->choice_count, 3);                 /* trust >= 50: "Take your time" shows */
    assert_false(view->choices[1].locked);
    runtime_free(rt);
    scenario_free(s);
}

static void self_flooding_locks_calm_choices(void **state)
{
    (void)state;
    Scenario *s = build_scenario();
    static Effect tense[] = {{.var = VAR_TRUST, .delta = 10},
                             {.var = VAR_TENSION, .delta = 45}};   /* trust stays high, tension 65 */
    s->nodes[0].choices[1].effects = tense, s->nodes[0].choices[1].effect_count = 2;
    Runtime *rt = runtime_new(s, &stub_hooks, 1, false);
    assert_true(runtime_choose(rt, 1));
    const View *view = runtime_view(rt);
    assert_true(view->choices[1].locked);
    assert_string_equal(view->lock_hint, "Breathe first.");
    assert_false(view->lock_hint_seen);                      /* the first time: shown */
    assert_false(runtime_choose(rt, 1));                     /* a locked choice cannot be taken */
    assert_int_equal(runtime_view(rt)->kind, VIEW_CHOOSE);
    runtime_free(rt);
    scenario_free(s);
}

/* The hint is news once a run: at the next locked decision the front ends only mark the lines. */
static void lock_hint_is_new_only_once(void **state)
{
    (void)state;
    Scenario *s = build_scenario();
    static Effect tense[] = {{.var = VAR_TRUST, .delta = 10}, {.var = VAR_TENSION, .delta = 45}};
    s->nodes[0].choices[1].effects = tense, s->nodes[0].choices[1].effect_count = 2;
    s->nodes[1].choices[2].target = 1; /* "Fine." comes back to talk */
    Runtime *rt = runtime_new(s, &stub_hooks, 1, false);
    assert_true(runtime_choose(rt, 1));
    assert_false(runtime_view(rt)->lock_hint_seen);
    assert_true(runtime_choose(rt, 2));
    const View *view = runtime_view(rt);
    assert_true(view->choices[1].locked);
    assert_string_equal(view->lock_hint, "Breathe first."); /* still there for "why locked?" */
    assert_true(view->lock_hint_seen);
    runtime_free(rt);
    scenario_free(s);
}

static void flooding_redirects_and_state_is_clamped(void **state)
{
    (void)state;
    Scenario *s = build_scenario();
    static Effect explosive[] = {{.var = VAR_TRUST, .delta = -500},
                                 {.var = VAR_TENSION, .delta = 70}};
    s->nodes[0].choices[0].effects = explosive;
    Runtime *rt = runtime_new(s, &stub_hooks, 1, false);
    assert_true(runtime_choose(rt, 0));
    assert_int_equal(runtime_view(rt)->kind, VIEW_ENDING);
    assert_string_equal(s->nodes[runtime_view(rt)->node].id, "break");
    assert_int_equal(runtime_state(rt)[VAR_TRUST], 0);
    assert_int_equal(runtime_state(rt)[VAR_TENSION], 90);
    runtime_free(rt);
    scenario_free(s);
}

static void failing_condition_gives_an_error_view(void **state)
{
    (void)state;
    Scenario *s = build_scenario();
    s->nodes[1].choices[1].when_fn = FN_BROKEN;
    Runtime *rt = runtime_new(s, &stub_hooks, 1, false);
    assert_true(runtime_choose(rt, 1));
    assert_int_equal(runtime_view(rt)->kind, VIEW_ERROR);
    assert_true(diag_has(runtime_diags(rt), DIAG_FUNCTION_ERROR));
    assert_false(runtime_choose(rt, 0));
    runtime_free(rt);
    scenario_free(s);
}

static void shuffle_is_seeded_and_reproducible(void **state)
{
    (void)state;
    Scenario *s = build_scenario();
    int differs = 0;
    for (uint64_t seed = 0; seed < 32; seed++) {
        Runtime *a = runtime_new(s, &stub_hooks, seed, true), *b = runtime_new(s, &stub_hooks, seed, true);
        assert_string_equal(runtime_view(a)->choices[0].text, runtime_view(b)->choices[0].text);
        differs += strcmp(runtime_view(a)->choices[0].text, "Seriously? Again?") != 0;
        runtime_free(a);
        runtime_free(b);
    }
    assert_true(differs > 4 && differs < 28);                /* both orders occur */
    scenario_free(s);
}

static void record_and_debrief_find_repair_and_cost(void **state)
{
    (void)state;
    Scenario *s = build_scenario();
    Runtime *rt = runtime_new(s, &stub_hooks, 1, false);
    assert_true(runtime_choose(rt, 0));                      /* criticism: trust 30, tension 65 */
    assert_true(runtime_choose(rt, 0));                      /* repair */
    const Record *record = runtime_record(rt);
    assert_int_equal(record->count, 2);
    assert_string_equal(record->steps[0].said, "Seriously? Again?");
    assert_string_equal(record->steps[0].reaction, "Whatever.");
    assert_int_equal(record->steps[0].vars_after[VAR_TRUST], 30);
    assert_false(record->steps[0].repair);
    assert_true(record->steps[1].repair);
    Debrief d;
    debrief_build(s, record, &d);
    assert_string_equal(d.summary, "It went well.");
    assert_int_equal(d.helped_count, 1);
    assert_string_equal(d.helped[0].step->said, "Sorry. That came out wrong.");
    assert_true(d.has_to_try);
    assert_string_equal(d.to_try.step->said, "Seriously? Again?");
    assert_non_null(d.alternative);
    assert_string_equal(d.alternative->text, "What happened?");
    assert_int_equal(d.threads[THREAD_STEADY], LEVEL_SOME);
    assert_int_equal(d.threads[THREAD_SPEAK_UP], LEVEL_NOT_THIS_TIME);
    assert_int_equal(d.threads[THREAD_RESPECT], LEVEL_NOT_IN_STORY);
    assert_int_equal(d.card_skill, vocab_find(TAG_SKILL, "open_question"));
    runtime_free(rt);
    scenario_free(s);
}

static void link_reports_missing_targets_with_suggestion(void **state)
{
    (void)state;
    Scenario *s = build_scenario();
    s->nodes[0].choices[0].target_id = "tlak";
    DiagList diags = {0};
    assert_false(scenario_link(s, &diags));
    assert_int_equal(diags.count, 1);
    StrBuf line = {0};
    diag_format(&diags.items[0], &line);
    assert_string_equal(strbuf_text(&line), "built.lua: E206: choice target 'tlak' does not exist (did you mean 'talk'?)");
    strbuf_free(&line);
    diag_list_free(&diags);
    scenario_free(s);
}

/* What each layer may not include: the core knows neither SDL, Lua, the host nor a front end; the
   loader never touches the screen; the front ends stand side by side and include nothing of each
   other. The room server for phones is plugged into the window and the terminal by one adapter
   file each, and only those may include it. */
typedef struct LayerRule {
    const char *folder;
    const char *forbidden[10];
    bool may_be_absent;          /* a front end still being built on another branch */
    const char *room_adapter;    /* the one file of the folder that may include ../room/ */
} LayerRule;

static const LayerRule layer_rules[] = {
    {"engine/core", {"SDL", "lua.h", "lauxlib", "lualib", "../lua/", "../host/", "../sdl/", "../text/", "../tools/",
                     "../room/"}, false, NULL},
    {"engine/lua", {"SDL", "../host/", "../sdl/", "../text/", "../tools/", "../room/"}, false, NULL},
    {"engine/host", {"SDL", "../sdl/", "../text/", "../tools/", "../room/"}, false, NULL},
    {"engine/sdl", {"../text/", "../tools/", "../room/"}, false, "workshop_phones.c"},
    {"engine/text", {"SDL", "../sdl/", "../tools/", "../room/"}, false, "text_phones.h"},
    {"engine/tools", {"SDL", "../sdl/", "../text/", "../room/"}, false, NULL},
    {"engine/room", {"SDL", "../sdl/", "../text/", "../tools/"}, true, NULL},
};

/* The first forbidden include in the file at path, or NULL. */
static char *forbidden_include(const char *path, const LayerRule *rule, bool room_adapter)
{
    char *text = test_read_file(path);
    assert_non_null(text);
    char *found = NULL;
    for (const char *p = text; !found && (p = strstr(p, "#include")); p++) {
        const char *end = strchr(p, '\n');
        int length = end ? (int)(end - p) : (int)strlen(p);
        for (int i = 0; !found && i < 10 && rule->forbidden[i]; i++) {
            if (room_adapter && strcmp(rule->forbidden[i], "../room/") == 0) continue;
            const char *hit = strstr(p, rule->forbidden[i]);
            if (hit && hit < p + length) found = strndup(p, (size_t)length);
        }
    }
    free(text);
    return found;
}

static void each_layer_includes_only_what_it_may(void **state)
{
    (void)state;
    for (size_t r = 0; r < sizeof layer_rules / sizeof *layer_rules; r++) {
        const LayerRule *rule = &layer_rules[r];
        DIR *dir = opendir(rule->folder);
        if (!dir && rule->may_be_absent) continue;
        assert_non_null(dir);
        int files = 0;
        for (struct dirent *entry; (entry = readdir(dir));) {
            if (entry->d_name[0] == '.') continue;
            char path[512];
            snprintf(path, sizeof path, "%s/%s", rule->folder, entry->d_name);
            struct stat info;
            if (stat(path, &info) == 0 && S_ISDIR(info.st_mode)) continue;   /* the room's page/, say */
            bool adapter = rule->room_adapter && strcmp(entry->d_name, rule->room_adapter) == 0;
            char *include = forbidden_include(path, rule, adapter);
            if (include) fail_msg("%s: %s", path, include);
            files++;
        }
        closedir(dir);
        assert_true(files >= 3);
    }
}

/* The rule itself catches a breach: a window include in the terminal's folder. */
static void a_layer_breach_is_caught(void **state)
{
    (void)state;
    const char *path = "build/layer_breach.c";
    FILE *file = fopen(path, "w");
    assert_non_null(file);
    fputs("#include <stdio.h>\n#include \"../sdl/app.h\"\n", file);
    fclose(file);
    char *include = forbidden_include(path, &layer_rules[4], false);
    assert_non_null(include);
    assert_string_equal(include, "#include \"../sdl/app.h\"");
    free(include);
    assert_null(forbidden_include(path, &layer_rules[3], false));   /* the window may include its own */
    file = fopen(path, "w");   /* the room: only from the folder's adapter file */
    assert_non_null(file);
    fputs("#include \"../room/room.h\"\n", file);
    fclose(file);
    include = forbidden_include(path, &layer_rules[3], false);
    assert_non_null(include);
    free(include);
    assert_null(forbidden_include(path, &layer_rules[3], true));
    remove(path);
}

int run_core_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(runtime_shows_the_start),
        cmocka_unit_test(choices_apply_effects_and_hide_by_condition),
        cmocka_unit_test(self_flooding_locks_calm_choices),
        cmocka_unit_test(lock_hint_is_new_only_once),
        cmocka_unit_test(flooding_redirects_and_state_is_clamped),
        cmocka_unit_test(failing_condition_gives_an_error_view),
        cmocka_unit_test(shuffle_is_seeded_and_reproducible),
        cmocka_unit_test(record_and_debrief_find_repair_and_cost),
        cmocka_unit_test(link_reports_missing_targets_with_suggestion),
        cmocka_unit_test(each_layer_includes_only_what_it_may),
        cmocka_unit_test(a_layer_breach_is_caught),
    };
    return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
