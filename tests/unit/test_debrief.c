/* test_debrief.c: the debrief's wording: actions are not quoted as speech, "What helped" finds
   the turning points, Steady after a calm run is "not needed", and plain words come first. */
#include <string.h>

#include "../../engine/core/debrief.h"
#include "../../engine/core/runtime.h"
#include "tests.h"

/* Four decisions alike: a skilful line (+5), an action with a skill (pause), a slip (-5). The
   last node's first option is an action with speech. */
static const char source[] =
    "local function beat(id, to, line)\n"
    "  return node(id) { need = 'heard', say.sam(line),\n"
    "    choice { 'Ugh. What happened?', to = to, trust = 5, skills = { 'open_question' }, coach = 'Asked.' },\n"
    "    choice { '*You take a breath.*', to = to, skills = { 'pause' }, coach = 'Paused.' },\n"
    "    choice { 'Calm down.', to = to, trust = -5, pitfalls = { 'escalate' }, coach = 'Hotter.' } }\n"
    "end\n"
    "return scenario { id = 'd', title = 'D', cast = { sam = 'Sam' }, state = { trust = 50 },\n"
    "  start = 'a', nodes = { beat('a', 'b', 'One.'), beat('b', 'c', 'Two.'), beat('c', 'd', 'Three.'),\n"
    "  node 'd' { need = 'heard', say.sam 'Four.',\n"
    "    choice { '*You put the kettle on.* \"Tell me everything.\"', to = 'e', trust = 5,\n"
    "             skills = { 'be_present' }, coach = 'There.' },\n"
    "    choice { 'Sorry. \"Fine\" was the wrong word.', to = 'e', trust = 5,\n"
    "             skills = { 'repair' }, coach = 'Mended.' },\n"
    "    choice { 'Whatever.', to = 'e', pitfalls = { 'turn_away' }, coach = 'Away.' } },\n"
    "  ending 'e' { title = 'E', summary = 'Over.' } } }\n";

typedef struct Played {
    LoadedScenario loaded;
    Runtime *rt;
    Debrief debrief;
} Played;

/* Plays the choices (1-based, in the order written) and builds the debrief. */
static void play(Played *p, const char *choices)
{
    LoaderOptions options = test_loader_options();
    DiagList diags = {0};
    assert_true(loader_open_source("d.lua", source, strlen(source), &options, &diags, &p->loaded));
    assert_int_equal(diags.count, 0);
    p->rt = runtime_new(p->loaded.scenario, &p->loaded.hooks, 1, false);
    for (const char *c = choices; *c; c++) assert_true(runtime_choose(p->rt, *c - '1'));
    assert_int_equal(runtime_view(p->rt)->kind, VIEW_ENDING);
    debrief_build(p->loaded.scenario, runtime_record(p->rt), &p->debrief);
}

static void played_free(Played *p)
{
    runtime_free(p->rt);
    loader_close(&p->loaded);
}

static void actions_are_not_quoted_as_speech(void **state)
{
    (void)state;
    const struct { const char *line, *shown; } cases[] = {
        {"Ugh. What happened?", "You said: \"Ugh. What happened?\""},
        {"*You take a breath.*", "You take a breath."},
        {"*You put the kettle on.* \"Tell me everything.\"", "You put the kettle on. \"Tell me everything.\""},
        {"Sorry. \"Fine\" was the wrong word.", "You said: \"Sorry. 'Fine' was the wrong word.\""},
        {"\"Quoted already.\"", "You said: \"Quoted already.\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        StrBuf out = {0};
        debrief_said(NULL, SPEAKER_YOU, cases[i].line, NULL, &out);
        assert_string_equal(strbuf_text(&out), cases[i].shown);
        strbuf_free(&out);
    }
    Catalog french = {0};
    char why[256];
    assert_true(catalog_read_po(&french, "scripts/lang/fr.po", why, sizeof why));
    StrBuf said = {0}; /* the player is "tu", never a name: not "Toi a dit" */
    debrief_said(NULL, SPEAKER_YOU, "Ugh. What happened?", &french, &said);
    assert_string_equal(strbuf_text(&said), "Tu as dit : « Ugh. What happened? »");
    catalog_free(&french);
    strbuf_free(&said);
}

/* Two good lines, a slip, then the line that turned it round: What helped shows the turn and,
   of two equal good lines, the later one; the first good line is not simply taken first. */
static void what_helped_lists_the_turning_points(void **state)
{
    (void)state;
    Played p;
    play(&p, "1131");
    assert_int_equal(p.debrief.helped_count, 2);
    assert_string_equal(p.debrief.helped[0].step->said, "Ugh. What happened?");
    assert_ptr_equal(p.debrief.helped[0].step, &runtime_record(p.rt)->steps[1]);
    assert_ptr_equal(p.debrief.helped[1].step, &runtime_record(p.rt)->steps[3]);
    played_free(&p);
}

static void steady_after_a_calm_run_was_not_needed(void **state)
{
    (void)state;
    Played calm, slipped;
    play(&calm, "1111");
    assert_int_equal(calm.debrief.threads[THREAD_STEADY], LEVEL_NOT_NEEDED);
    assert_string_equal(debrief_level_name(LEVEL_NOT_NEEDED), "not needed, it stayed calm");
    play(&slipped, "1311");
    assert_int_equal(slipped.debrief.threads[THREAD_STEADY], LEVEL_NOT_THIS_TIME);
    played_free(&calm);
    played_free(&slipped);
}

static void tags_read_plain_words_first(void **state)
{
    (void)state;
    Played p;
    play(&p, "1132");
    StrBuf names = {0};
    debrief_tag_names(p.debrief.helped[1].choice, TAG_SKILL, NULL, &names);
    assert_string_equal(strbuf_text(&names), "Getting the conversation back on track (Repair)");
    strbuf_clear(&names);
    debrief_tag_names(p.debrief.to_try.choice, TAG_PITFALL, NULL, &names);
    assert_string_equal(strbuf_text(&names), "Raising the heat (Escalating)");
    strbuf_clear(&names);
    debrief_tag_names(p.debrief.helped[0].choice, TAG_SKILL, NULL, &names);
    assert_string_equal(strbuf_text(&names), "Open question");      /* already plain */
    strbuf_free(&names);
    played_free(&p);
}

int run_debrief_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(actions_are_not_quoted_as_speech),
        cmocka_unit_test(what_helped_lists_the_turning_points),
        cmocka_unit_test(steady_after_a_calm_run_was_not_needed),
        cmocka_unit_test(tags_read_plain_words_first),
    };
    return cmocka_run_group_tests_name("debrief", tests, NULL, NULL);
}
