/* check_report.c: text and JSON output of check, --stats and --random. */
#include "check_report.h"

#include <stdio.h>
#include <string.h>

#include "../host/diag_print.h"
#include "cue_report.h"

/* A JSON string: quotes, backslashes and control characters escaped. */
static void json_string(FILE *out, const char *text)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p; p++) {
        if (*p == '"' || *p == '\\') fprintf(out, "\\%c", *p);
        else if (*p < 0x20) fprintf(out, "\\u%04x", *p);
        else fputc(*p, out);
    }
    fputc('"', out);
}

static int percent(int part, int whole) { return whole ? 100 * part / whole : 0; }

static const char *file_name(const char *path)
{
    return strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
}

static void add_to_pack(Report *report, const FileResult *result)
{
    const ScenarioStats *s = result->stats;
    ScenarioStats *pack = &report->pack;
    pack->nodes += s->nodes, pack->endings += s->endings, pack->words += s->words,
        pack->minutes += s->minutes;
    pack->decisions += s->decisions, pack->longest_is_best += s->longest_is_best;
    pack->endings_reached += s->endings_reached;
    const Scenario *scenario = result->scenario;
    for (int n = 0; n < scenario->node_count; n++)
        for (int c = 0; c < scenario->nodes[n].choice_count; c++) {
            const Choice *choice = &scenario->nodes[n].choices[c];
            for (int i = 0; i < choice->skill_count; i++) report->skill_uses[choice->skills[i]]++;
            for (int i = 0; i < choice->pitfall_count; i++)
                report->pitfall_uses[choice->pitfalls[i]]++;
        }
    const char *name = file_name(result->path);
    if (result->cues) cue_report_row(&report->cue_table, name, result->cues);
    strbuf_printf(&report->table, "%-24s %5d %7d %6d %7.1f %6d %8d %5d/%-3d %3d%% %6d/%d\n", name,
                  s->nodes, s->endings, s->words, s->minutes, s->skills_used, s->pitfalls_used,
                  s->longest_is_best, s->decisions, percent(s->longest_is_best, s->decisions),
                  s->endings_reached, s->endings);
    report->any_stats = true;
}

static void text_random(FILE *out, const FileResult *result)
{
    const Scenario *scenario = result->scenario;
    fprintf(out, "%s: %d random playthroughs (seeds 1 to %d):\n", result->path, result->runs,
            result->runs);
    for (int pass = 0; pass < 2; pass++)
        for (int n = 0; n < scenario->node_count; n++) {
            const Node *node = &scenario->nodes[n];
            if (node->is_ending != (pass == 0)) continue;
            fprintf(out, "  %-7s %-28s %6d runs (%d%%)%s\n", node->is_ending ? "ending" : "node",
                    node->id, result->node_hits[n], percent(result->node_hits[n], result->runs),
                    result->node_hits[n] ? "" : "  never reached at random");
        }
}

static void text_file(FILE *out, const FileResult *result)
{
    diag_print_lines(out, result->diags);
    if (!result->scenario) return;
    const Scenario *s = result->scenario;
    fprintf(out, "%s: %d nodes, %d ending%s, %d states explored%s\n", result->path, s->node_count,
            scenario_ending_count(s), scenario_ending_count(s) == 1 ? "" : "s",
            result->check.states, result->check.bounded ? " (bounded)" : "");
    if (result->node_hits) text_random(out, result);
}

static void json_stats(FILE *out, const ScenarioStats *s)
{
    fprintf(out,
            "{\"nodes\": %d, \"endings\": %d, \"decisions\": %d, \"words\": %d, \"minutes\": %.1f, "
            "\"skills_used\": %d, \"pitfalls_used\": %d, \"longest_is_best\": %d, "
            "\"endings_reached\": %d}",
            s->nodes, s->endings, s->decisions, s->words, s->minutes, s->skills_used,
            s->pitfalls_used, s->longest_is_best, s->endings_reached);
}

static void json_file(Report *report, const FileResult *result)
{
    FILE *out = report->out;
    fprintf(out, "%s\n    {\"path\": ", report->first_json_file ? "" : ",");
    report->first_json_file = false;
    json_string(out, result->path);
    if (result->scenario)
        fputs(", \"id\": ", out), json_string(out, result->scenario->id),
            fprintf(out, ", \"nodes\": %d, \"endings\": %d, \"states\": %d, \"bounded\": %s",
                    result->scenario->node_count, scenario_ending_count(result->scenario),
                    result->check.states, result->check.bounded ? "true" : "false");
    fprintf(out, ",\n     \"diagnostics\": [");
    for (int i = 0; i < result->diags->count; i++) {
        const Diag *d = &result->diags->items[i];
        fprintf(out, "%s\n       {\"file\": ", i ? "," : "");
        json_string(out, d->file);
        fprintf(
            out, ", \"line\": %d, \"code\": \"%s\", \"severity\": \"%s\", \"message\": ", d->line,
            diag_code_name(d->code), diag_severity(d->code) == DIAG_ERROR ? "error" : "warning");
        json_string(out, d->message);
        fputc('}', out);
    }
    fprintf(out, "]");
    if (result->stats) fputs(",\n     \"stats\": ", out), json_stats(out, result->stats);
    if (result->cues) fputs(",\n     \"cues\": ", out), cue_report_json(out, result->cues);
    if (result->node_hits) {
        fprintf(out, ",\n     \"random\": {\"runs\": %d, \"reached\": {", result->runs);
        for (int n = 0; n < result->scenario->node_count; n++)
            fprintf(out, "%s\"%s\": %d", n ? ", " : "", result->scenario->nodes[n].id,
                    result->node_hits[n]); /* ids are words */
        fprintf(out, "}}");
    }
    fprintf(out, "}");
}

void report_start(Report *report, FILE *out, bool json)
{
    *report = (Report){.out = out, .json = json, .first_json_file = true};
    if (json) fprintf(out, "{\"files\": [");
}

void report_file(Report *report, const FileResult *result)
{
    int errors = diag_error_count(result->diags);
    report->files++;
    report->errors += errors;
    report->warnings += result->diags->count - errors;
    if (result->stats) add_to_pack(report, result);
    if (report->json) json_file(report, result);
    else text_file(report->out, result);
}

static void unused_tags(FILE *out, TagKind kind, const int *uses)
{
    fprintf(out, "%s never used:", kind == TAG_SKILL ? "Skills" : "Pitfalls");
    int none = 1;
    for (int i = 0; i < vocab_count(kind); i++)
        if (!uses[i]) fprintf(out, " %s", vocab_tag(kind, i)->id), none = 0;
    fprintf(out, "%s\n", none ? " none" : "");
}

static void text_stats(const Report *report)
{
    FILE *out = report->out;
    const ScenarioStats *p = &report->pack;
    fprintf(out, "\n%-24s %5s %7s %6s %7s %6s %8s %10s %8s\n", "scenario", "nodes", "endings",
            "words", "minutes", "skills", "pitfalls", "longest=best", "endings hit");
    fputs(strbuf_text(&report->table), out);
    fprintf(out, "%-24s %5d %7d %6d %7.1f %6s %8s %5d/%-3d %3d%% %6d/%d\n", "all", p->nodes,
            p->endings, p->words, p->minutes, "", "", p->longest_is_best, p->decisions,
            percent(p->longest_is_best, p->decisions), p->endings_reached, p->endings);
    fprintf(out, "(minutes: a median random playthrough, reading every line and option and the "
                 "debrief at 180 words a "
                 "minute, with 10 s for each decision; endings hit: by seeded random playthroughs; "
                 "longest=best: "
                 "decisions where the option with most skills is also the longest)\n");
    fprintf(out, "\nChoices tagged with each skill, across these files:\n");
    for (int i = 0; i < vocab_count(TAG_SKILL); i++)
        fprintf(out, "  %-22s %4d%s", vocab_tag(TAG_SKILL, i)->id, report->skill_uses[i],
                i % 3 == 2 ? "\n" : "");
    fprintf(out, "\n");
    unused_tags(out, TAG_SKILL, report->skill_uses);
    unused_tags(out, TAG_PITFALL, report->pitfall_uses);
}

void report_finish(Report *report, const Pack *pack)
{
    const CueFigures *cues = pack ? &pack->total : NULL;
    FILE *out = report->out;
    if (report->json) {
        fprintf(out, "\n  ],");
        for (int i = 0; i < 64; i++)
            report->pack.skills_used += report->skill_uses[i] > 0,
                report->pack.pitfalls_used += report->pitfall_uses[i] > 0;
        if (report->any_stats)
            fputs("\n  \"stats\": ", out), json_stats(out, &report->pack), fputc(',', out);
        if (cues) {
            fputs("\n  \"cues\": ", out), cue_report_json(out, cues);
            fputs(",\n  \"leaning_words\": {\"skilful\": ", out),
                json_string(out, strbuf_text(&pack->leaning_skilful));
            fputs(", \"away\": ", out), json_string(out, strbuf_text(&pack->leaning_other)),
                fputs("},", out);
        }
        fprintf(out, "\n  \"errors\": %d,\n  \"warnings\": %d\n}\n", report->errors,
                report->warnings);
    } else {
        if (report->any_stats) text_stats(report);
        if (report->any_stats && cues) {
            cue_report_table(out, strbuf_text(&report->cue_table), cues);
            fprintf(out, "Words that lean toward skilful options (uses in them/all uses): %s\n"
                    "Words that lean away: %s\n", strbuf_text(&pack->leaning_skilful),
                    strbuf_text(&pack->leaning_other));
        }
        fprintf(out, "checked %d file%s: %d error%s, %d warning%s\n", report->files,
                report->files == 1 ? "" : "s", report->errors, report->errors == 1 ? "" : "s",
                report->warnings, report->warnings == 1 ? "" : "s");
    }
    strbuf_free(&report->table);
    strbuf_free(&report->cue_table);
}
