/* cue_report.c: surface cues printed as points above or below chance, for people and for editors.
 */
#include "cue_report.h"

static const CueFigure *every_decision(const CueFigures *figures)
{
    return &figures->cue[CUE_LONGEST];
}

void cue_report_row(StrBuf *table, const char *name, const CueFigures *figures)
{
    const CueFigure *all = every_decision(figures);
    strbuf_printf(table, "%-24s %9d %5.1f%%", name, all->decisions,
                  cues_percent(all->chance, all->decisions));
    for (int kind = 0; kind < CUE_COUNT; kind++) {
        const CueFigure *figure = &figures->cue[kind];
        char cell[32] = "-";
        if (figure->decisions && figure->decisions < all->decisions)
            snprintf(cell, sizeof cell, "%+.0f (%d)", cues_points(figure), figure->decisions);
        else if (figure->decisions)
            snprintf(cell, sizeof cell, "%+.0f", cues_points(figure));
        strbuf_printf(table, " %10s", cell);
    }
    strbuf_puts(table, "\n");
}

void cue_report_table(FILE *out, const char *rows, const CueFigures *total)
{
    fprintf(out,
            "\nSurface cues: points above (+) or below (-) chance that a reader of the words alone "
            "picks a "
            "skilful option\n%-24s %9s %6s",
            "scenario", "decisions", "chance");
    for (int kind = 0; kind < CUE_COUNT; kind++) fprintf(out, " %10s", cues_name((CueKind)kind));
    fprintf(out, "\n%s", rows);
    StrBuf all = {0};
    cue_report_row(&all, "all", total);
    fputs(strbuf_text(&all), out);
    strbuf_free(&all);
    fprintf(
        out,
        "(skilful: at least one skill and no pitfall; chance: the skilful share of the options; "
        "(N): the decisions where the cue tells options apart; first word and reader learn from "
        "the "
        "other files; W310 beyond %d points at %d or more decisions; see docs/writing-guide.md)\n",
        CUE_WARN_POINTS, CUE_WARN_MIN_DECISIONS);
    for (int kind = 0; kind < CUE_COUNT; kind++) {
        const CueFigure *figure = &total->cue[kind];
        fprintf(out,
                "  %-10s picks a skilful option in %5.1f%% of %4d decisions, against %5.1f%% "
                "chance (%+.1f "
                "points)\n",
                cues_name((CueKind)kind), cues_percent(figure->hits, figure->decisions),
                figure->decisions, cues_percent(figure->chance, figure->decisions),
                cues_points(figure));
    }
}

void cue_report_json(FILE *out, const CueFigures *figures)
{
    const CueFigure *all = every_decision(figures);
    fprintf(out, "{\"decisions\": %d, \"chance\": %.1f", all->decisions,
            cues_percent(all->chance, all->decisions));
    for (int kind = 0; kind < CUE_COUNT; kind++) {
        const CueFigure *figure = &figures->cue[kind];
        fprintf(
            out,
            ", \"%s\": {\"decisions\": %d, \"percent\": %.1f, \"chance\": %.1f, \"points\": %.1f}",
            kind == CUE_FIRST_WORD ? "first_word" : cues_name((CueKind)kind), figure->decisions,
            cues_percent(figure->hits, figure->decisions),
            cues_percent(figure->chance, figure->decisions), cues_points(figure));
    }
    fputc('}', out);
}
