/* repeats.c: every sentence a scenario shows, and each long clause inside one, reduced to its
   lower-cased words; sorted together, the same words in two files sit side by side.

   Short everyday sentences ("Give me a second.") recur in any pack of conversations, so a
   sentence of REPEAT_SHORT_WORDS words is flagged only when three files share it; a sentence or
   clause of REPEAT_LONG_WORDS words or more is a phrase someone wrote ("as if it might go off")
   and is flagged when two files share it. */
#include "repeats.h"

#include <stdlib.h>
#include <string.h>

#include "array_grow.h"
#include "rules.h"
#include "words.h"

enum { REPEAT_OTHERS_NAMED = 3 };

/* The width of the mark ending a sentence at p (. ! ? or an ellipsis), 0 when there is none. */
static int sentence_mark(const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    if (*p == '.' || *p == '!' || *p == '?') return 1;
    return p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xA6 ? 3 : 0;
}

/* The same for a clause: also , ; : and the en and em dashes. */
static int clause_mark(const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    if (*p == ',' || *p == ';' || *p == ':') return 1;
    if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94)) return 3;
    return sentence_mark(text);
}

static char *trimmed_copy(const char *start, const char *end)
{
    while (start < end && strchr(" \t\n\"'(*_", *start)) start++;
    while (end > start && strchr(" \t\n\"')*_", end[-1])) end--;
    return strndup(start, (size_t)(end - start));
}

static bool reserve(RepeatIndex *index)
{
    Fragment *grown =
        array_grow(index->items, &index->capacity, index->count + 1, sizeof *grown, 512);
    if (!grown) return false;
    index->items = grown;
    return true;
}

static void add_span(RepeatIndex *index, const char *start, const char *end, int min_words,
                     int file, int line)
{
    char *span = strndup(start, (size_t)(end - start)), word[WORDS_MAX];
    StrBuf key = {0};
    int words = 0;
    for (const char *p = span ? span : ""; words_next(&p, word); words++)
        strbuf_printf(&key, "%s%s", words ? " " : "", word);
    free(span);
    if (words >= min_words && !key.failed && reserve(index))
        index->items[index->count++] =
            (Fragment){key.data, trimmed_copy(start, end), words, file, line};
    else
        strbuf_free(&key);
}

/* The sentence from start to end, and its clauses when it has more than one. */
static void add_sentence(RepeatIndex *index, const char *start, const char *end, int file, int line)
{
    add_span(index, start, end, REPEAT_SHORT_WORDS, file, line);
    const char *clause = start;
    for (const char *p = start; p < end; p++) {
        int mark = clause_mark(p);
        if (!mark) continue;
        if (clause != start || p + mark < end)
            add_span(index, clause, p, REPEAT_LONG_WORDS, file, line);
        clause = p + mark;
        p += mark - 1;
    }
    if (clause != start && clause < end)
        add_span(index, clause, end, REPEAT_LONG_WORDS, file, line);
}

static void add_text(RepeatIndex *index, const char *text, int file, int line)
{
    const char *sentence = text, *p = text;
    for (; text && *p; p++) {
        int mark = sentence_mark(p);
        if (!mark) continue;
        add_sentence(index, sentence, p, file, line);
        sentence = p + mark;
        p += mark - 1;
    }
    if (text && p > sentence) add_sentence(index, sentence, p, file, line);
}

static void add_computed(RepeatIndex *index, const Text *text, const int *vars,
                         const ScriptHooks *hooks, int file, int line)
{
    StrBuf shown = {0};
    DiagList ignored = {0}; /* the check reports a failing function */
    if (rules_text(text, vars, hooks, &shown, &ignored))
        add_text(index, strbuf_text(&shown), file, line);
    strbuf_free(&shown);
    diag_list_free(&ignored);
}

void repeats_collect(RepeatIndex *index, const Scenario *scenario, const ScriptHooks *hooks,
                     int file)
{
    int vars[MAX_STATE_VARS];
    rules_start_state(scenario, vars);
    add_text(index, scenario->reflect, file, scenario->line);
    add_text(index, scenario->self_flooding.hint, file, scenario->line);
    for (int n = 0; n < scenario->node_count; n++) {
        const Node *node = &scenario->nodes[n];
        for (int i = 0; i < node->line_count; i++)
            add_computed(index, &node->lines[i].text, vars, hooks, file, node->lines[i].line);
        for (int c = 0; c < node->choice_count; c++) {
            const Choice *choice = &node->choices[c];
            add_computed(index, &choice->text, vars, hooks, file, choice->line);
            add_text(index, choice->coach, file, choice->line);
        }
        add_text(index, node->summary, file, node->line);
        add_text(index, node->reflect, file, node->line);
    }
}

static int compare_fragments(const void *a, const void *b)
{
    const Fragment *x = a, *y = b;
    int order = strcmp(x->key, y->key);
    if (order == 0) order = x->file != y->file ? (x->file < y->file ? -1 : 1) : 0;
    return order ? order : (x->line > y->line) - (x->line < y->line);
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* One W311 for each file of the group items[0..count), which share one key. */
static void warn_group(const Fragment *items, int count, const char *const *names,
                       DiagList *const *diags)
{
    int files = 0;
    for (int i = 0; i < count; i++) files += i == 0 || items[i].file != items[i - 1].file;
    bool long_phrase = items[0].words >= REPEAT_LONG_WORDS;
    if (files < (long_phrase ? 2 : 3)) return;
    for (int i = 0; i < count; i++) {
        if (i > 0 && items[i].file == items[i - 1].file) continue;
        StrBuf others = {0};
        int named = 0;
        for (int k = 0; k < count; k++) {
            if (items[k].file == items[i].file || (k > 0 && items[k].file == items[k - 1].file))
                continue;
            if (named++ < REPEAT_OTHERS_NAMED)
                strbuf_printf(&others, "%s%s:%d", named > 1 ? ", " : "",
                              base_name(names[items[k].file]), items[k].line);
        }
        if (named > REPEAT_OTHERS_NAMED)
            strbuf_printf(&others, " and %d more", named - REPEAT_OTHERS_NAMED);
        diag_add(diags[items[i].file], DIAG_REPEATED_SENTENCE, names[items[i].file], items[i].line,
                 "\"%s\" is also in %s: across a pack, the same words read as a formula",
                 items[i].shown ? items[i].shown : items[i].key, strbuf_text(&others));
        strbuf_free(&others);
    }
}

void repeats_warn(RepeatIndex *index, const char *const *names, DiagList *const *diags)
{
    if (index->count == 0) return;
    qsort(index->items, (size_t)index->count, sizeof *index->items, compare_fragments);
    for (int start = 0, end; start < index->count; start = end) {
        for (end = start + 1;
             end < index->count && strcmp(index->items[end].key, index->items[start].key) == 0;)
            end++;
        warn_group(&index->items[start], end - start, names, diags);
    }
}

void repeats_free(RepeatIndex *index)
{
    for (int i = 0; i < index->count; i++) free(index->items[i].key), free(index->items[i].shown);
    free(index->items);
    *index = (RepeatIndex){0};
}
