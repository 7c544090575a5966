/* test_dates.c - dates of the text layer (src/text/dates.c, calendar.c):
 * absolute forms, relative forms resolved against the publication date
 * across month and year boundaries, precision and flags, traps, the
 * data-file loader and its errors, on sentences written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "rasd/rasd.h"
#include "rasd/text.h"
#include "text_int.h"

static rasd_text_res *res;

static const char *data_dir(void)
{
    static char buf[4096];
    const char *d = getenv("RASD_DATA_DIR");
    snprintf(buf, sizeof buf, "%s/text", d ? d : RASD_DEFAULT_DATA_DIR);
    return buf;
}

static int setup(void **state)
{
    (void)state;
    rasd_parse_err err = {0, NULL, 0};
    char file[512] = "";
    int rc = rasd_text_res_load(&res, data_dir(), &err, file, sizeof file);
    if (rc != 0) {
        fprintf(stderr, "%s:%zu: %s\n", file, err.pos,
                err.msg ? err.msg : "?");
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    rasd_text_res_free(res);
    return 0;
}

/* "YYYY-MM-DD" to a date; "" is no date. */
static rasd_date_ymd ymd(const char *z)
{
    rasd_date_ymd d = {0, 0, 0};
    if (*z)
        assert_int_equal(sscanf(z, "%d-%d-%d", &d.y, &d.m, &d.d), 3);
    return d;
}

static rasd_doc *analyze(const char *z, const char *pub)
{
    rasd_doc *doc = NULL;
    assert_int_equal(rasd_doc_analyze(&doc, res, z, strlen(z), ymd(pub), 0),
                     0);
    return doc;
}

static void dump(const rasd_doc *doc)
{
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        fprintf(stderr, "  [%.*s] = %04d-%02d-%02d p%d flags %#x\n",
                (int)(d->end - d->start), doc->text + d->start, d->date.y,
                d->date.m, d->date.d, d->precision, d->flags);
    }
}

#define F_REL RASD_DATEF_RELATIVE
#define F_UNR RASD_DATEF_UNRESOLVED
#define F_PAST RASD_DATEF_PAST_MARK
#define F_TODAY RASD_DATEF_TODAY
#define F_PERIOD RASD_DATEF_PERIOD
#define F_TOD RASD_DATEF_TOD

/* Published pub, text z holds one date spanning exactly `span`, resolved
 * to want ("YYYY-MM-DD", day 00 for a month), with precision and flags. */
static void check(const char *pub, const char *z, const char *span,
                  const char *want, int prec, unsigned flags)
{
    rasd_doc *doc = analyze(z, pub);
    rasd_date_ymd w = {0, 0, 0};
    assert_int_equal(sscanf(want, "%d-%d-%d", &w.y, &w.m, &w.d), 3);
    size_t n = strlen(span);
    const rasd_date *hit = NULL;
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        if (d->end - d->start == n &&
            memcmp(doc->text + d->start, span, n) == 0)
            hit = d;
    }
    if (hit == NULL || hit->date.y != w.y || hit->date.m != w.m ||
        hit->date.d != w.d || hit->precision != prec ||
        hit->flags != flags) {
        fprintf(stderr,
                "published %s, \"%s\": want [%s] = %s p%d flags %#x; got:\n",
                *pub ? pub : "none", z, span, want, prec, flags);
        dump(doc);
        rasd_doc_free(doc);
        fail();
    }
    rasd_doc_free(doc);
}

static void count(const char *pub, const char *z, size_t n)
{
    rasd_doc *doc = analyze(z, pub);
    if (doc->ndates != n) {
        fprintf(stderr, "published %s, \"%s\": want %zu dates; got:\n",
                *pub ? pub : "none", z, n);
        dump(doc);
        rasd_doc_free(doc);
        fail();
    }
    rasd_doc_free(doc);
}

/* ---- calendar ----------------------------------------------------------- */

static void test_calendar(void **state)
{
    (void)state;
    assert_int_equal(rasd_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(rasd_days_from_civil(2000, 3, 1), 11017);
    assert_int_equal(rasd_days_from_civil(1969, 12, 31), -1);
    assert_int_equal(rasd_weekday(1970, 1, 1), 4);   /* Thursday */
    assert_int_equal(rasd_weekday(2024, 7, 17), 3);  /* Wednesday */
    assert_int_equal(rasd_weekday(2023, 10, 27), 5); /* Friday */
    assert_int_equal(rasd_weekday(1969, 12, 28), 0); /* Sunday */
    assert_int_equal(rasd_weekday(1900, 1, 1), 1);   /* Monday */
    /* round trip over 1600..2400, and weekdays advance by one */
    int prev = -1;
    for (long d = rasd_days_from_civil(1600, 1, 1);
         d <= rasd_days_from_civil(2400, 12, 31); d++) {
        int y, m, dd;
        rasd_civil_from_days(d, &y, &m, &dd);
        if (rasd_days_from_civil(y, m, dd) != d)
            fail_msg("round trip fails at %ld", d);
        int w = rasd_weekday(y, m, dd);
        if (prev >= 0 && w != (prev + 1) % 7)
            fail_msg("weekday jumps at %d-%d-%d", y, m, dd);
        prev = w;
    }
    int y, m, d;
    rasd_civil_from_days(rasd_days_from_civil(2024, 2, 28) + 1, &y, &m, &d);
    assert_true(y == 2024 && m == 2 && d == 29);
    rasd_civil_from_days(rasd_days_from_civil(2023, 2, 28) + 1, &y, &m, &d);
    assert_true(y == 2023 && m == 3 && d == 1);
    rasd_civil_from_days(rasd_days_from_civil(1900, 2, 28) + 1, &y, &m, &d);
    assert_true(y == 1900 && m == 3 && d == 1);
}

/* ---- absolute dates ----------------------------------------------------- */

static void test_absolute_arabic(void **state)
{
    (void)state;
    const char *p = "2024-07-17";
    check(p, "وقع الهجوم في 27 تشرين الأول/أكتوبر 2023 قرب المطار",
          "27 تشرين الأول/أكتوبر 2023", "2023-10-27", 1, 0);
    check(p, "17-يوليو-2024", "17-يوليو-2024", "2024-07-17", 1, 0);
    check(p, "في 12 كانون الثاني 2020 قصفت", "12 كانون الثاني 2020",
          "2020-01-12", 1, 0);
    check(p, "في 3 أيلول/سبتمبر 2021", "3 أيلول/سبتمبر 2021", "2021-09-03",
          1, 0);
    check(p, "في 3 كانون أول 2021", "3 كانون أول 2021", "2021-12-03", 1, 0);
    check(p, "يوم 9 مايو 2022", "يوم 9 مايو 2022", "2022-05-09", 1, 0);
    check(p, "بتاريخ 5 أوت 2019", "5 أوت 2019", "2019-08-05", 1, 0);
    check(p, "يوم 5 يونيه 2019", "يوم 5 يونيه 2019", "2019-06-05", 1, 0);
    check(p, "في 2 إبريل 2019", "2 إبريل 2019", "2019-04-02", 1, 0);
    check(p, "في 11 أغسطس، 2019", "11 أغسطس، 2019", "2019-08-11", 1, 0);
    check(p, "في 11 آب 2019م", "11 آب 2019م", "2019-08-11", 1, 0);
    check(p, "تشرين الأول (أكتوبر) 2023", "تشرين الأول (أكتوبر) 2023",
          "2023-10-00", 3, 0);
    check(p, "أكتوبر/ تشرين الأول 2023", "أكتوبر/ تشرين الأول 2023",
          "2023-10-00", 3, 0);
    check(p, "في الخامس من آب 2020", "الخامس من آب 2020", "2020-08-05", 1,
          0);
    check(p, "في الحادي والعشرين من آذار 2020",
          "الحادي والعشرين من آذار 2020", "2020-03-21", 1, 0);
    check(p, "وقعت في تموز 2024", "تموز 2024", "2024-07-00", 3, 0);
    check(p, "وقعت في آب من عام 2023", "آب من عام 2023", "2023-08-00", 3,
          0);
    /* the weekday before a date belongs to it */
    check(p, "الأحد 5 آب/أغسطس 2018 قتل", "الأحد 5 آب/أغسطس 2018",
          "2018-08-05", 1, 0);
    check(p, "وعند ظهيرة يوم الجمعة 27 تشرين الأول/أكتوبر 2023، تناقلت",
          "ظهيرة يوم الجمعة 27 تشرين الأول/أكتوبر 2023", "2023-10-27", 1,
          0);
}

static void test_absolute_english(void **state)
{
    (void)state;
    const char *p = "2024-07-17";
    check(p, "It happened on January 8, 2020 near Erbil",
          "January 8, 2020", "2020-01-08", 1, 0);
    check(p, "on 8 January 2020", "8 January 2020", "2020-01-08", 1, 0);
    check(p, "on Mar 12, 2020", "Mar 12, 2020", "2020-03-12", 1, 0);
    check(p, "on Oct. 27, 2023 the", "Oct. 27, 2023", "2023-10-27", 1, 0);
    check(p, "on the 8th of January 2020", "8th of January 2020",
          "2020-01-08", 1, 0);
    check(p, "on January 8th, 2020", "January 8th, 2020", "2020-01-08", 1,
          0);
    check(p, "Friday, Oct. 27, 2023", "Friday, Oct. 27, 2023", "2023-10-27",
          1, 0);
    check(p, "in September 2021", "September 2021", "2021-09-00", 3, 0);
    check(p, "Published: 9th, November 2023", "9th, November 2023",
          "2023-11-09", 1, 0);
}

static void test_numeric(void **state)
{
    (void)state;
    const char *p = "2024-07-17";
    check(p, "بتاريخ 15-7-2024", "15-7-2024", "2024-07-15", 1, 0);
    check(p, "بتاريخ 15/7/2024", "15/7/2024", "2024-07-15", 1, 0);
    check(p, "dated 2024-07-15", "2024-07-15", "2024-07-15", 1, 0);
    check(p, "بتاريخ 2024/7/15", "2024/7/15", "2024-07-15", 1, 0);
    check(p, "dated 15.7.2024", "15.7.2024", "2024-07-15", 1, 0);
    check(p, "dated 7/15/2024", "7/15/2024", "2024-07-15", 1, 0);
    check(p, "dated 5/7/2024", "5/7/2024", "2024-07-05", 1, 0);
    check(p, "بتاريخ ١٥-٧-٢٠٢٤", "١٥-٧-٢٠٢٤", "2024-07-15", 1, 0);
    count(p, "mixed 15-7/2024", 0);
    count(p, "score 3-2", 0);
    count(p, "ratio 15/7", 0);
}

static void test_invalid_days(void **state)
{
    (void)state;
    const char *p = "2024-07-17";
    count(p, "في 31 نيسان 2023", 0);
    count(p, "في 30 شباط 2024", 0);
    count(p, "31/4/2023", 0);
    count(p, "2023-02-29", 0);
    check(p, "في 29 شباط 2024", "29 شباط 2024", "2024-02-29", 1, 0);
    check(p, "29/2/2024", "29/2/2024", "2024-02-29", 1, 0);
    count(p, "في 32 آذار 2024", 0);
    count(p, "في 0 آذار 2024", 0);
    count(p, "13/13/2024", 0);
    /* no year, and the year that puts it before publication is not leap */
    count("2024-02-20", "في 29 شباط", 0);
    check("2024-03-01", "في 29 شباط", "29 شباط", "2024-02-29", 1, F_REL);
}

static void test_year_alone(void **state)
{
    (void)state;
    count("2024-07-17", "وقع الهجوم عام 2024", 0);
    count("2024-07-17", "in 2019 and 2020", 0);
    count("2024-07-17", "العام الماضي", 0);
    count("2024-07-17", "last year", 0);
}

/* ---- day and month without a year --------------------------------------- */

static void test_day_month_no_year(void **state)
{
    (void)state;
    check("2024-07-17", "في 17 تموز", "17 تموز", "2024-07-17", 1, F_REL);
    check("2024-07-17", "في 18 تموز", "18 تموز", "2023-07-18", 1, F_REL);
    check("2024-01-05", "في 28 كانون الأول", "28 كانون الأول", "2023-12-28",
          1, F_REL);
    check("2024-01-05", "on December 30", "December 30", "2023-12-30", 1,
          F_REL);
    check("2024-08-06", "الأحد 5 آب/أغسطس", "الأحد 5 آب/أغسطس",
          "2024-08-05", 1, F_REL);
    check("2024-07-17", "في الأول من شباط/فبراير الماضي",
          "الأول من شباط/فبراير الماضي", "2024-02-01", 1, F_REL | F_PAST);
    check("2024-07-17", "منذ 17 تشرين الأول", "17 تشرين الأول",
          "2023-10-17", 1, F_REL);
    check("", "في 17 تموز", "17 تموز", "0000-07-17", 1, F_UNR);
    /* after a full date of an earlier year, a day later in the year than
     * publication continues that year's story, not last year's */
    check("2016-07-12",
          "The war began on July 12, 2006. On July 26, eight soldiers died.",
          "July 26", "2006-07-26", 1, F_REL);
    check("2016-07-12",
          "بدأت الحرب في 12 تموز 2006. وفي 11 آب قصفت الطائرات القافلة.",
          "11 آب", "2006-08-11", 1, F_REL);
    /* a day on or before publication stays this year's, and a day before
     * the stated date is not its sequel */
    check("2016-07-12", "It began on July 12, 2006. On July 10, ...",
          "July 10", "2016-07-10", 1, F_REL);
    check("2016-07-12", "It began on August 20, 2006. On August 11, ...",
          "August 11", "2015-08-11", 1, F_REL);
}

/* ---- relative days ------------------------------------------------------ */

static void test_relative_days(void **state)
{
    (void)state;
    const char *p = "2024-07-17"; /* a Wednesday */
    check(p, "قصف اليوم", "اليوم", "2024-07-17", 1, F_REL | F_TODAY);
    /* a time of day leading a relative day is marked: the incident's
     * hour, not the day a statement speaks of */
    check(p, "قصف صباح اليوم", "صباح اليوم", "2024-07-17", 1,
          F_REL | F_TODAY | F_TOD);
    check(p, "فجر اليوم الأربعاء", "فجر اليوم الأربعاء", "2024-07-17", 1,
          F_REL | F_TODAY | F_TOD);
    check(p, "قصف أمس", "أمس", "2024-07-16", 1, F_REL);
    check(p, "قصف بالأمس", "بالأمس", "2024-07-16", 1, F_REL);
    check(p, "مساء أمس", "مساء أمس", "2024-07-16", 1, F_REL | F_TOD);
    check(p, "فجر أمس الثلاثاء", "فجر أمس الثلاثاء", "2024-07-16", 1,
          F_REL | F_TOD);
    check(p, "أول أمس", "أول أمس", "2024-07-15", 1, F_REL);
    check(p, "أول من أمس", "أول من أمس", "2024-07-15", 1, F_REL);
    check(p, "الليلة الماضية", "الليلة الماضية", "2024-07-16", 1,
          F_REL | F_PAST);
    check(p, "ليلة أمس", "ليلة أمس", "2024-07-16", 1, F_REL);
    check(p, "قبل يومين", "قبل يومين", "2024-07-15", 1, F_REL);
    check(p, "قبل ثلاثة أيام", "قبل ثلاثة أيام", "2024-07-14", 1, F_REL);
    check(p, "منذ 10 أيام", "منذ 10 أيام", "2024-07-07", 1, F_REL);
    check(p, "انفجرت قبل نحو أسبوعين قرب مقر", "قبل نحو أسبوعين",
          "2024-07-03", 2, F_REL);
    check(p, "three days ago", "three days ago", "2024-07-14", 1, F_REL);
    check(p, "2 weeks ago", "2 weeks ago", "2024-07-03", 2, F_REL);
    check(p, "today", "today", "2024-07-17", 1, F_REL | F_TODAY);
    check(p, "Earlier today", "Earlier today", "2024-07-17", 1,
          F_REL | F_TODAY);
    check(p, "this morning", "this morning", "2024-07-17", 1,
          F_REL | F_TODAY);
    check(p, "tonight", "tonight", "2024-07-17", 1, F_REL | F_TODAY);
    check(p, "yesterday", "yesterday", "2024-07-16", 1, F_REL);
    check(p, "last night", "last night", "2024-07-16", 1, F_REL | F_PAST);
    /* across month and year boundaries */
    check("2024-03-01", "أمس", "أمس", "2024-02-29", 1, F_REL);
    check("2023-03-01", "أمس", "أمس", "2023-02-28", 1, F_REL);
    check("2024-01-01", "yesterday", "yesterday", "2023-12-31", 1, F_REL);
    check("2024-01-02", "أول أمس", "أول أمس", "2023-12-31", 1, F_REL);
}

static void test_weekdays(void **state)
{
    (void)state;
    const char *p = "2024-07-17"; /* a Wednesday */
    check(p, "استهدفتا، يوم الثلاثاء، قاعدة", "يوم الثلاثاء", "2024-07-16",
          1, F_REL);
    check(p, "قصف الثلاثاء", "الثلاثاء", "2024-07-16", 1, F_REL);
    check(p, "مساء الثلاثاء", "مساء الثلاثاء", "2024-07-16", 1, F_REL);
    /* a night between two days keeps the day it began; "and" names two */
    check(p, "ليل الاثنين – الثلاثاء", "ليل الاثنين – الثلاثاء",
          "2024-07-15", 1, F_REL);
    check(p, "ليلة الاثنين الثلاثاء", "ليلة الاثنين الثلاثاء", "2024-07-15",
          1, F_REL);
    count(p, "مساء الاثنين والثلاثاء", 2);
    check(p, "الأربعاء", "الأربعاء", "2024-07-17", 1, F_REL);
    check(p, "الأربعاء الماضي", "الأربعاء الماضي", "2024-07-10", 1,
          F_REL | F_PAST);
    check(p, "الثلاثاء الماضي", "الثلاثاء الماضي", "2024-07-16", 1,
          F_REL | F_PAST);
    check(p, "الجمعة الماضية", "الجمعة الماضية", "2024-07-12", 1,
          F_REL | F_PAST);
    check(p, "والخميس", "والخميس", "2024-07-11", 1, F_REL);
    check(p, "الأحد", "الأحد", "2024-07-14", 1, F_REL);
    check(p, "السبت", "السبت", "2024-07-13", 1, F_REL);
    check(p, "الاثنين", "الاثنين", "2024-07-15", 1, F_REL);
    check(p, "الأحد المقبل", "الأحد المقبل", "2024-07-21", 1, F_REL);
    check(p, "on Tuesday", "Tuesday", "2024-07-16", 1, F_REL);
    check(p, "Tuesday night", "Tuesday night", "2024-07-16", 1, F_REL);
    check(p, "late Monday", "late Monday", "2024-07-15", 1, F_REL);
    check(p, "last Wednesday", "last Wednesday", "2024-07-10", 1,
          F_REL | F_PAST);
    check(p, "next Friday", "next Friday", "2024-07-19", 1, F_REL);
    check(p, "Tuesday's attack", "Tuesday's", "2024-07-16", 1, F_REL);
    /* across a year boundary: 2024-01-02 is a Tuesday */
    check("2024-01-02", "الجمعة", "الجمعة", "2023-12-29", 1, F_REL);
    check("2024-01-02", "الثلاثاء الماضي", "الثلاثاء الماضي", "2023-12-26",
          1, F_REL | F_PAST);
    /* no publication date: reported, unresolved */
    check("", "يوم الثلاثاء", "يوم الثلاثاء", "0000-00-00", 1, F_UNR);
    check("", "أمس", "أمس", "0000-00-00", 1, F_UNR);
    check("", "الأسبوع الماضي", "الأسبوع الماضي", "0000-00-00", 2,
          F_UNR | F_PAST);
}

static void test_weeks_months(void **state)
{
    (void)state;
    const char *p = "2024-07-17";
    /* the Sunday that starts last week */
    check(p, "الأسبوع الماضي", "الأسبوع الماضي", "2024-07-07", 2,
          F_REL | F_PAST);
    check("2024-07-14", "last week", "last week", "2024-07-07", 2,
          F_REL | F_PAST);
    check("2024-07-13", "last week", "last week", "2024-06-30", 2,
          F_REL | F_PAST);
    check("2024-01-03", "الأسبوع الماضي", "الأسبوع الماضي", "2023-12-24",
          2, F_REL | F_PAST);
    check(p, "this week", "this week", "2024-07-17", 2, F_REL);
    check(p, "هذا الأسبوع", "هذا الأسبوع", "2024-07-17", 2, F_REL);
    check(p, "الشهر الماضي", "الشهر الماضي", "2024-06-00", 3,
          F_REL | F_PAST);
    check("2024-01-10", "الشهر الماضي", "الشهر الماضي", "2023-12-00", 3,
          F_REL | F_PAST);
    check(p, "last month", "last month", "2024-06-00", 3, F_REL | F_PAST);
    check(p, "earlier this month", "earlier this month", "2024-07-00", 3,
          F_REL);
    check(p, "مطلع الشهر الجاري", "الشهر الجاري", "2024-07-00", 3, F_REL);
    check(p, "قصفت في الـ 22 من الشهر الماضي", "22 من الشهر الماضي",
          "2024-06-22", 1, F_REL | F_PAST);
    check(p, "on the 3rd of this month", "3rd of this month", "2024-07-03", 1,
          F_REL);
    /* "منه", "the same month": the month last named, else publication's */
    check(p, "قتل في الثامن منه", "الثامن منه", "2024-07-08", 1, F_REL);
    check(p, "اندلعت في آب الماضي، وقتل قائد في العاشر منه",
          "العاشر منه", "2023-08-10", 1, F_REL);
    check(p, "fighting in March; on the 3rd of the same month",
          "3rd of the same month", "2024-03-03", 1, F_REL);
    count(p, "خرج منه مسلحون", 0);
    check(p, "خلال الأيام الماضية", "الأيام الماضية", "2024-07-17", 2,
          F_REL | F_PAST | F_PERIOD);
    check(p, "in the past few days", "past few days", "2024-07-17", 2,
          F_REL | F_PAST | F_PERIOD);
    check(p, "in recent days", "recent days", "2024-07-17", 2,
          F_REL | F_PAST | F_PERIOD);
    check(p, "over the past week", "past week", "2024-07-17", 2,
          F_REL | F_PAST | F_PERIOD);
    check(p, "خلال الـ24 ساعة الماضية", "الـ24 ساعة الماضية", "2024-07-17",
          2, F_REL | F_PAST | F_PERIOD);
}

static void test_relative_months(void **state)
{
    (void)state;
    const char *p = "2024-07-17";
    check(p, "وفي نيسان/أبريل الماضي، أسقطت", "نيسان/أبريل الماضي",
          "2024-04-00", 3, F_REL | F_PAST);
    check(p, "تموز الماضي", "تموز الماضي", "2023-07-00", 3, F_REL | F_PAST);
    check(p, "آب الماضي", "آب الماضي", "2023-08-00", 3, F_REL | F_PAST);
    check("2024-01-20", "نوفمبر الماضي", "نوفمبر الماضي", "2023-11-00", 3,
          F_REL | F_PAST);
    check(p, "في كانون الثاني/يناير من هذا العام",
          "كانون الثاني/يناير من هذا العام", "2024-01-00", 3, F_REL);
    check(p, "في آذار من العام الماضي", "آذار من العام الماضي",
          "2023-03-00", 3, F_REL | F_PAST);
    check(p, "in April", "April", "2024-04-00", 3, F_REL);
    check(p, "in August", "August", "2023-08-00", 3, F_REL);
    check(p, "since March", "March", "2024-03-00", 3, F_REL);
    check(p, "in mid-March", "March", "2024-03-00", 3, F_REL);
    check(p, "last April", "last April", "2024-04-00", 3, F_REL | F_PAST);
    check(p, "في أيلول", "أيلول", "2023-09-00", 3, F_REL);
    check(p, "منذ أوائل شباط/فبراير", "شباط/فبراير", "2024-02-00", 3,
          F_REL);
    check(p, "في شهر آب", "آب", "2023-08-00", 3, F_REL);
    check(p, "نيسان/أبريل", "نيسان/أبريل", "2024-04-00", 3, F_REL);
    check(p, "أيلول المقبل", "أيلول المقبل", "2024-09-00", 3, F_REL);
    check("2024-01-24", "في 20 كانون الثاني/يناير الحالي",
          "20 كانون الثاني/يناير الحالي", "2024-01-20", 1, F_REL);
    check("2024-01-24", "منذ تموز الجاري", "تموز الجاري", "2024-07-00", 3,
          F_REL);
    check(p, "وفي بداية عام 2020", "بداية عام 2020", "2020-01-00", 3, 0);
    check(p, "أواخر 2023", "أواخر 2023", "2023-12-00", 3, 0);
    check(p, "early 2020", "early 2020", "2020-01-00", 3, 0);
    check(p, "مطلع العام الماضي", "مطلع العام الماضي", "2023-01-00", 3,
          F_REL | F_PAST);
    check("", "نيسان الماضي", "نيسان الماضي", "0000-04-00", 3,
          F_UNR | F_PAST);
}

/* ---- traps -------------------------------------------------------------- */

static void test_traps(void **state)
{
    (void)state;
    const char *p = "2024-07-17";
    count(p, "أقيمت أمسية شعرية", 0);          /* أمس in أمسية */
    count(p, "قتل أحد الجنود", 0);             /* one, not Sunday */
    count(p, "مارس الضغط على الحكومة", 0);     /* verb "practised" */
    count(p, "مارس 3 عمليات", 0);
    count(p, "زار آب المدينة", 0);              /* lone month, no context */
    count(p, "You may leave in peace", 0);     /* lower-case may */
    count(p, "May God help them", 0);          /* capital, but no context */
    count(p, "March on Baghdad", 0);
    count(p, "في اليوم التالي للهجوم", 0);     /* the next day */
    count(p, "صباح اليوم التالي", 0);
    count(p, "في نفس اليوم", 0);
    count(p, "في اليوم نفسه", 0);
    count(p, "the next day", 0);
    count(p, "منذ ذلك اليوم", 0);
    count(p, "في تلك الليلة", 0);
    count(p, "نقلت صحيفة اليوم السابع", 0);   /* a newspaper */
    count(p, "قصف 5 مواقع", 0);
    count(p, "الساعة 6 صباح", 0);
    count(p, "يوم", 0);
    count(p, "أمس.\nالأحد", 2);
    /* a sentence end breaks a date */
    count(p, "قتل 5. آب الماضي", 1);
    check(p, "في 5. آب الماضي", "آب الماضي", "2023-08-00", 3,
          F_REL | F_PAST);
}

static void test_sorted_spans(void **state)
{
    (void)state;
    rasd_doc *doc = analyze("قال أمس إن هجوما وقع الثلاثاء 16 تموز/يوليو، "
                            "وآخر في نيسان الماضي وlast week. Yesterday "
                            "and on 2024-07-01 and January 8, 2020.",
                            "2024-07-17");
    if (doc->ndates != 7) {
        dump(doc);
        fail();
    }
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        assert_int_equal(d->start, doc->tokens[d->tok_first].start);
        assert_int_equal(d->end, doc->tokens[d->tok_last].end);
        if (i)
            assert_true(d->tok_first > doc->dates[i - 1].tok_last);
        assert_true(d->precision >= 1 && d->precision <= 3);
    }
    rasd_doc_free(doc);
}

/* Every relative date over a span of publication dates is on or before
 * publication (or after it only with a future mark), and resolves. */
static void test_published_sweep(void **state)
{
    (void)state;
    const char *z = "أمس واليوم والثلاثاء والجمعة الماضية والأسبوع الماضي "
                    "والشهر الماضي ونيسان الماضي وفي آب و17 تموز "
                    "yesterday, last Sunday, last week, in December";
    long from = rasd_days_from_civil(2023, 12, 1);
    for (long day = from; day < from + 120; day++) {
        char pub[16];
        int y, m, d;
        rasd_civil_from_days(day, &y, &m, &d);
        snprintf(pub, sizeof pub, "%04d-%02d-%02d", y, m, d);
        rasd_doc *doc = analyze(z, pub);
        assert_int_equal(doc->ndates, 13);
        for (size_t i = 0; i < doc->ndates; i++) {
            const rasd_date *dt = &doc->dates[i];
            assert_true(dt->flags & RASD_DATEF_RELATIVE);
            assert_true(dt->date.y >= 2022);
            int dd = dt->date.d ? dt->date.d : 1;
            long at = rasd_days_from_civil(dt->date.y, dt->date.m, dd);
            assert_true(at <= day);
            if (dt->precision == 1 && (dt->flags & RASD_DATEF_PAST_MARK))
                assert_true(at < day);
            if (dt->precision == 1)
                assert_true(day - at <= 366);
        }
        rasd_doc_free(doc);
    }
}

/* ---- the loader --------------------------------------------------------- */

static void expect_bad(const char *body, size_t line)
{
    char dir[64] = "/tmp/rasd_datetab_XXXXXX";
    char path[128], got[512] = "";
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/dates.tsv", dir);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(body, f);
    fclose(f);
    rasd_datetab *t = NULL;
    rasd_parse_err err = {0, NULL, 0};
    int rc = rasd_datetab_load(&t, dir, &err, got, sizeof got);
    unlink(path);
    rmdir(dir);
    assert_int_equal(rc, RASD_EFORMAT);
    assert_null(t);
    assert_int_equal(err.code, RASD_EFORMAT);
    assert_non_null(err.msg);
    assert_int_equal(err.pos, line);
    assert_string_equal(got, path);
}

static void test_loader_errors(void **state)
{
    (void)state;
    expect_bad("# c\nmonth\tآب\n", 2);
    expect_bad("mnth\tآب\t8\n", 1);
    expect_bad("month\tآب\t13\n", 1);
    expect_bad("weekday\tالأحد\t7\n", 1);
    expect_bad("day\tأمس\tx\n", 1);
    expect_bad("day\tأمس\t-1\tZ\n", 1);
    expect_bad("day\tأمس\t-1\tc\tmore\n", 1);
    expect_bad("\n\nrecent\ta b c d e f\t0\n", 3);
    expect_bad("ordday\tالأول\t32\n", 1);
    expect_bad("unit\tdays\t0\n", 1);

    rasd_datetab *t = NULL;
    rasd_parse_err err;
    char got[512];
    assert_int_equal(rasd_datetab_load(&t, "/nonexistent", &err, got,
                                       sizeof got),
                     RASD_EIO);
    assert_null(t);
    assert_string_equal(got, "/nonexistent/dates.tsv");
    rasd_datetab_free(NULL);
}

static void test_alloc_failures(void **state)
{
    (void)state;
    for (size_t k = 1; k < 400; k++) {
        rasd_datetab *t = NULL;
        rasd_parse_err err;
        char file[512];
        rasd_alloc_fail_after(k);
        int rc = rasd_datetab_load(&t, data_dir(), &err, file, sizeof file);
        rasd_alloc_fail_after(0);
        if (rc == 0) {
            rasd_datetab_free(t);
            break;
        }
        assert_int_equal(rc, RASD_ENOMEM);
        assert_null(t);
    }
    const char *z = "أمس والثلاثاء الماضي و27 تشرين الأول/أكتوبر 2023 "
                    "last week, on January 8, 2020, 15-7-2024";
    rasd_date_ymd pub = {2024, 7, 17};
    for (size_t k = 1; k < 200; k++) {
        rasd_doc *doc = NULL;
        rasd_alloc_fail_after(k);
        int rc = rasd_doc_analyze(&doc, res, z, strlen(z), pub, 0);
        rasd_alloc_fail_after(0);
        if (rc == 0) {
            rasd_doc_free(doc);
            break;
        }
        assert_int_equal(rc, RASD_ENOMEM);
    }
}

/* Random mixes of date words, digits and punctuation, and random bytes,
 * must not crash and must give valid, sorted dates. */
static void test_random(void **state)
{
    (void)state;
    static const char *words[] = {
        "أمس", "اليوم", "الثلاثاء", "الماضي", "الماضية", "آب", "/",
        "أغسطس", "تشرين", "الأول", "الثاني", "كانون", "من", "هذا", "العام",
        "2024", "2023", "15", "31", "29", "-", ".", "،", ",", "(", ")",
        "يوم", "مساء", "في", "last", "week", "Tuesday", "January", "Oct",
        "8th", "of", "ago", "days", "قبل", "أيام", "بداية", "عام", "early",
        "الأسبوع", "الشهر", "التالي", "2.5", "1.500", "15.7.2024", "02",
        "next", "المقبل", "م"};
    const size_t nw = sizeof words / sizeof words[0];
    char buf[2048];
    unsigned seed = 424242;
    for (int round = 0; round < 4000; round++) {
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        int len = 1 + (int)((seed >> 16) % 25);
        for (int k = 0; k < len && n + 64 < sizeof buf; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *w = words[(seed >> 16) % nw];
            size_t wl = strlen(w);
            memcpy(buf + n, w, wl);
            n += wl;
            if ((seed >> 9) & 1)
                buf[n++] = ' ';
        }
        if (round % 4 == 0) {
            for (int k = 0; k < 24; k++) {
                seed = seed * 1103515245u + 12345u;
                buf[n++] = (char)(1 + (seed >> 16) % 255);
            }
        }
        buf[n] = '\0';
        rasd_doc *doc = NULL;
        rasd_date_ymd pub = {2024, 1 + (int)(seed % 12), 1 + (int)(seed % 28)};
        if (round % 5 == 0)
            pub.y = 0;
        assert_int_equal(rasd_doc_analyze(&doc, res, buf, n, pub, 0), 0);
        for (size_t i = 0; i < doc->ndates; i++) {
            const rasd_date *d = &doc->dates[i];
            assert_true(d->start < d->end && d->end <= n);
            assert_true(d->tok_first <= d->tok_last &&
                        d->tok_last < doc->ntokens);
            assert_true(d->precision >= 1 && d->precision <= 3);
            if (i)
                assert_true(d->tok_first > doc->dates[i - 1].tok_last);
            if (d->date.y) {
                assert_true(d->date.m >= 1 && d->date.m <= 12);
                assert_true(d->date.d >= 0 && d->date.d <= 31);
            } else {
                assert_true(d->flags & RASD_DATEF_UNRESOLVED);
            }
        }
        rasd_doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_calendar),
        cmocka_unit_test(test_absolute_arabic),
        cmocka_unit_test(test_absolute_english),
        cmocka_unit_test(test_numeric),
        cmocka_unit_test(test_invalid_days),
        cmocka_unit_test(test_year_alone),
        cmocka_unit_test(test_day_month_no_year),
        cmocka_unit_test(test_relative_days),
        cmocka_unit_test(test_weekdays),
        cmocka_unit_test(test_weeks_months),
        cmocka_unit_test(test_relative_months),
        cmocka_unit_test(test_traps),
        cmocka_unit_test(test_sorted_spans),
        cmocka_unit_test(test_published_sweep),
        cmocka_unit_test(test_loader_errors),
        cmocka_unit_test(test_alloc_failures),
        cmocka_unit_test(test_random),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
