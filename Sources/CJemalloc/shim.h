// jemalloc replaces malloc for the whole process once it is linked (its symbols come before
// glibc's). Only its control interface is declared here: <jemalloc/jemalloc.h> would declare
// malloc and free a second time.
#include <stddef.h>

int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen);
