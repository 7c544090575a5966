/* date.c - publication dates as pages and feeds write them: "YYYY-MM-DD",
 * ISO 8601 timestamps (RFC 3339), RFC 822 as in RSS 2.0 pubDate, and the
 * English "July 16, 2024" / "16 July 2024" of meta tags.
 *
 * Only the calendar date is kept, as written: a timestamp's time and zone
 * are ignored rather than converted, because the anchor for relative dates
 * is the day the outlet printed, not the day in UTC.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "read_int.h"

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : dm[m - 1];
}

/* Reads exactly k digits at *pz; returns the value or -1. */
static int digits(const char **pz, int k)
{
    const char *z = *pz;
    int v = 0;
    for (int i = 0; i < k; i++) {
        if (!isdigit((unsigned char)z[i]))
            return -1;
        v = v * 10 + (z[i] - '0');
    }
    *pz = z + k;
    return v;
}

/* Reads 1 or 2 digits; returns the value or -1. */
static int digits12(const char **pz)
{
    const char *z = *pz;
    if (!isdigit((unsigned char)z[0]))
        return -1;
    int v = z[0] - '0';
    z++;
    if (isdigit((unsigned char)z[0])) {
        v = v * 10 + (z[0] - '0');
        z++;
    }
    if (isdigit((unsigned char)z[0]))
        return -1;
    *pz = z;
    return v;
}

/* Month number of an English month name or its 3-letter abbreviation at
 * *pz (ASCII case ignored, optional '.'), or 0. */
static int month_name(const char **pz)
{
    static const char *const names[] = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    const char *z = *pz;
    size_t n = 0;
    while (isalpha((unsigned char)z[n]))
        n++;
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(names[m]);
        if ((n == 3 || n == full || (m == 8 && n == 4)) && n <= full &&
            strncasecmp(z, names[m], n) == 0) {
            z += n;
            if (*z == '.')
                z++;
            *pz = z;
            return m + 1;
        }
    }
    return 0;
}

static int check(int y, int m, int d, rasd_date_ymd *out)
{
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 0 ||
        d > days_in(y, m))
        return RASD_EPARSE;
    out->y = y;
    out->m = m;
    out->d = d;
    return 0;
}

/* What may follow a date: the end, or a time part after 'T' or a space. */
static int tail_ok(const char *z)
{
    return *z == '\0' || *z == 'T' || *z == 't' || *z == ' ';
}

static void skip_ws(const char **pz)
{
    while (**pz == ' ' || **pz == '\t')
        (*pz)++;
}

/* "DD Mon YYYY" (RFC 822 after the weekday) or "Month DD, YYYY". */
static int parse_words(const char *z, rasd_date_ymd *out)
{
    int y, m, d;
    skip_ws(&z);
    if (isdigit((unsigned char)*z)) {
        d = digits12(&z);
        if (d < 0)
            return RASD_EPARSE;
        skip_ws(&z);
        if (*z == '-')
            z++; /* "16-Jul-2024" */
        m = month_name(&z);
        if (m == 0)
            return RASD_EPARSE;
        skip_ws(&z);
        if (*z == '-' || *z == ',')
            z++;
        skip_ws(&z);
    } else {
        m = month_name(&z);
        if (m == 0)
            return RASD_EPARSE;
        skip_ws(&z);
        d = digits12(&z);
        if (d < 0)
            return RASD_EPARSE;
        skip_ws(&z);
        if (*z == ',')
            z++;
        skip_ws(&z);
    }
    const char *start = z;
    while (isdigit((unsigned char)*z))
        z++;
    if (z - start == 4) {
        z = start;
        y = digits(&z, 4);
    } else if (z - start == 2) {
        /* RFC 822 two-digit years (RFC 2822 section 4.3). */
        z = start;
        y = digits(&z, 2);
        y += y < 50 ? 2000 : 1900;
    } else {
        return RASD_EPARSE;
    }
    if (*z != '\0' && *z != ' ' && *z != 'T' && *z != ',')
        return RASD_EPARSE;
    if (d == 0)
        return RASD_EPARSE;
    return check(y, m, d, out);
}

int rasd_date_parse(const char *z, rasd_date_ymd *out)
{
    rasd_date_ymd tmp = {0, 0, 0};
    if (z == NULL || out == NULL)
        return RASD_EPARSE;
    const char *p = z;
    if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) &&
        isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
        (p[4] == '-' || p[4] == '/')) {
        char sep = p[4];
        int y = digits(&p, 4);
        p++;
        int m = digits(&p, 2);
        if (m < 0)
            return RASD_EPARSE;
        if (*p == '\0') { /* "YYYY-MM": month only */
            if (check(y, m, 0, &tmp) != 0)
                return RASD_EPARSE;
            *out = tmp;
            return 0;
        }
        if (*p != sep)
            return RASD_EPARSE;
        p++;
        int d = digits(&p, 2);
        if (d <= 0 || !tail_ok(p) || check(y, m, d, &tmp) != 0)
            return RASD_EPARSE;
        *out = tmp;
        return 0;
    }
    /* RFC 822: an optional weekday and comma before the date. */
    const char *q = p;
    while (isalpha((unsigned char)*q))
        q++;
    if (q > p && *q == ',' && q - p >= 3) {
        p = q + 1;
    }
    if (parse_words(p, &tmp) != 0)
        return RASD_EPARSE;
    *out = tmp;
    return 0;
}

int rasd_read_date(const char *z, rasd_date_ymd *out)
{
    char tmp[128];
    while (*z == ' ' || *z == '\t' || *z == '\n' || *z == '\r')
        z++;
    size_t n = strlen(z);
    while (n > 0 && (z[n - 1] == ' ' || z[n - 1] == '\t' ||
                     z[n - 1] == '\n' || z[n - 1] == '\r'))
        n--;
    if (n == 0 || n >= sizeof tmp)
        return RASD_EPARSE;
    memcpy(tmp, z, n);
    tmp[n] = '\0';
    return rasd_date_parse(tmp, out);
}
