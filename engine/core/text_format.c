/* text_format.c: snprintf with its truncation made a return value that callers must look at. */
#include "text_format.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

bool text_format(char *out, size_t size, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int length = size ? vsnprintf(out, size, format, args) : -1;
    va_end(args);
    return length >= 0 && (size_t)length < size;
}

bool path_join(char *out, size_t size, const char *folder, const char *name)
{
    size_t length = strlen(folder);
    const char *separator = length == 0 || folder[length - 1] == '/' ? "" : "/";
    return text_format(out, size, "%s%s%s", folder, separator, name);
}
