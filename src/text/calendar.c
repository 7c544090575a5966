/* calendar.c - proleptic Gregorian calendar arithmetic for resolving
 * relative dates ("أمس", "last Tuesday") against a publication date.
 *
 * Day counts use Howard Hinnant's branch-light civil-calendar algorithms
 * ("chrono-Compatible Low-Level Date Algorithms"): exact for every year
 * that fits an int, no tables, no libc time functions (whose time zones
 * and 1970-2038 ranges we do not want in a date resolver).
 */
#include "text_int.h"

long rasd_days_from_civil(int y, int m, int d)
{
    long yy = (long)y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;                               /* [0, 399] */
    long mp = (m + 9) % 12;                                  /* Mar = 0 */
    long doy = (153 * mp + 2) / 5 + d - 1;                   /* [0, 365] */
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;        /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

void rasd_civil_from_days(long days, int *y, int *m, int *d)
{
    long z = days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;                             /* [0, 146096] */
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);      /* [0, 365] */
    long mp = (5 * doy + 2) / 153;                           /* [0, 11] */
    long dd = doy - (153 * mp + 2) / 5 + 1;                  /* [1, 31] */
    long mm = mp < 10 ? mp + 3 : mp - 9;                     /* [1, 12] */
    *y = (int)(yoe + era * 400 + (mm <= 2));
    *m = (int)mm;
    *d = (int)dd;
}

int rasd_weekday(int y, int m, int d)
{
    long days = rasd_days_from_civil(y, m, d);
    /* 1970-01-01 was a Thursday (4). */
    return (int)(days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6);
}
