/* new_cmd.c: fills scripts/lib/template.lua's {{ID}}, {{TITLE}} and {{FILE}} and writes NAME.lua,
   never over an existing file. */
#include "new_cmd.h"

#include <ctype.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/safe_read.h"
#include "../core/strbuf.h"
#include "../core/text_format.h"

enum { TEMPLATE_MAX = 1024 * 1024 };

static void replace_all(StrBuf *out, const char *text, const char *const *keys,
                        const char *const *values, int count)
{
    for (const char *p = text; *p;) {
        int matched = -1;
        for (int i = 0; i < count && matched < 0; i++)
            if (strncmp(p, keys[i], strlen(keys[i])) == 0) matched = i;
        if (matched >= 0) {
            strbuf_puts(out, values[matched]);
            p += strlen(keys[matched]);
        } else strbuf_append(out, p++, 1);
    }
}

/* "talking-to-mum" or "Talking_To_Mum" -> id "talking-to-mum", title "Talking To Mum". */
static void names_from(const char *base, char *id, char *title, size_t size)
{
    size_t n = 0;
    bool word_start = true;
    for (const char *p = base; *p && n + 1 < size; p++, n++) {
        char c = *p == '_' || *p == ' ' ? '-' : (char)tolower((unsigned char)*p);
        id[n] = c;
        title[n] = c == '-' ? ' ' : word_start ? (char)toupper((unsigned char)c) : c;
        word_start = c == '-';
    }
    id[n] = title[n] = '\0';
}

int new_cmd_run(Cli *cli, int argc, char **argv)
{
    if (argc != 1 || argv[0][0] == '-') {
        fprintf(stderr, "heartlines new: give one name, as in: heartlines new talking_to_mum\n");
        return 2;
    }
    char path[PATH_SIZE], base[256], id[256], title[256], template_path[PATH_SIZE];
    const char *name = argv[0];
    size_t length = strlen(name);
    bool has_suffix = length > 4 && strcmp(name + length - 4, ".lua") == 0;
    bool fits = text_format(path, sizeof path, "%s%s", name, has_suffix ? "" : ".lua");
    const char *slash = strrchr(path, '/');
    if (!fits ||
        !text_format(base, sizeof base, "%.*s", (int)strlen(slash ? slash + 1 : path) - 4,
                     slash ? slash + 1 : path) ||
        !path_join(template_path, sizeof template_path, cli->data_dir,
                   "scripts/lib/template.lua")) {
        fprintf(stderr, "heartlines new: the name %.200s... is too long\n", name);
        return 2;
    }
    names_from(base, id, title, sizeof id);
    char *template, why[PATH_SIZE + 512];
    size_t template_length;
    if (safe_read_file(template_path, TEMPLATE_MAX, &template, &template_length, why, sizeof why) !=
        READ_OK) {
        fprintf(stderr, "heartlines new: %s\n", why);
        return 1;
    }
    StrBuf out = {0};
    const char *keys[] = {"{{ID}}", "{{TITLE}}", "{{FILE}}"}, *values[] = {id, title, path};
    replace_all(&out, template, keys, values, 3);
    free(template);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);   /* never overwrite a writer's work */
    int status = 0;
    if (fd < 0) {
        fprintf(stderr, "heartlines new: %s already exists, or cannot be created\n", path);
        status = 1;
    } else {
        bool ok = write(fd, out.data, out.length) == (ssize_t)out.length;
        ok = close(fd) == 0 && ok;
        if (ok)
            printf("Wrote %s. Next: heartlines check %s, then heartlines text %s\n", path, path,
                   path);
        else fprintf(stderr, "heartlines new: could not write all of %s\n", path), status = 1;
    }
    strbuf_free(&out);
    return status;
}
