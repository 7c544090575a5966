/* error.c - rasd_strerror: one message per RASD_E* code or -errno. */
#include <string.h>

#include "rasd/rasd.h"

const char *rasd_strerror(int rc)
{
    switch (rc) {
    case RASD_OK:
        return "success";
#define RASD_X_CASE(name, text)                                              \
    case RASD_##name:                                                        \
        return text;
        RASD_ERRNO_MAP(RASD_X_CASE)
#undef RASD_X_CASE
    default:
        break;
    }
    if (rc < 0 && rc > RASD__EBASE)
        return strerror(-rc);
    return "unknown error";
}
