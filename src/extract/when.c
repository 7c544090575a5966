/* when.c - dates of undated news and news versus background.
 *
 * SCHEMA: breaking news that does not say the day is dated to the
 * publication date at precision 2; an incident the article mentions only
 * as earlier context is background.  The article's news day is its
 * publication date, or without one the date of its first dated news
 * event; an incident dated clearly before it (two days or more, or an
 * earlier month at month precision) is background, and so is one whose
 * every mention carries a past cue ("سبق أن", "in April").
 */
#include <stdio.h>
#include <string.h>

#include "extract_int.h"

/* News reports an incident within days: a week before publication it is
 * no longer the news (ACLED's weekly cycle). */
#define STALE_DAYS 7

/* Headline, dateline and first paragraph: where an article says its news. */
#define LEDE_SENTENCES 3

/* Same type and the same attacker (when both are known): more of the
 * news ("strikes on three sites"), not an earlier incident. */
static int same_kind(const rasd_event *a, const rasd_event *b)
{
    if (strcmp(a->sub_event_type, b->sub_event_type))
        return 0;
    if (a->actor1 && b->actor1)
        return !strcmp(a->actor1, b->actor1);
    return 1;
}

static long days(rasd_date_ymd d)
{
    return rasd_days_from_civil(d.y, d.m, d.d ? d.d : 1);
}

/* Is ev dated before anchor by at least min_days (a day-precise date),
 * or in an earlier month (month precision)? */
static int earlier(const rasd_event *ev, rasd_date_ymd anchor, long min_days)
{
    if (ev->date.y == 0 || anchor.y == 0)
        return 0;
    if (ev->time_precision == 3 || ev->date.d == 0)
        return ev->date.y * 12 + ev->date.m < anchor.y * 12 + anchor.m;
    return days(anchor) - days(ev->date) >= min_days;
}

void when_finish(const rasd_doc *doc, rasd_event *ev, size_t n,
                 const uint8_t *hints)
{
    rasd_date_ymd anchor = doc->published;

    /* The lead: the first news event.  An article tells its news first;
     * an undated incident it names later, away from the lede, is one it
     * recalls (SCHEMA: background), unless it is the lead's own day. */
    const rasd_event *lead = NULL;
    for (size_t i = 0; i < n && lead == NULL; i++)
        if (!ev[i].background && !earlier(&ev[i], anchor, STALE_DAYS))
            lead = &ev[i];
    /* The news day: the lead's, else the publication date.  When the lead
     * is the publication day's, an incident the day before is what it
     * follows up (the attack it answers, "on Monday" in a Tuesday story),
     * unless the text says it was hours before; a story of the day
     * before publication covers the days around it. */
    int day_lead = lead && lead->date.y && lead->time_precision == 1;
    rasd_date_ymd news = day_lead ? lead->date : anchor;
    long gap = day_lead && anchor.y && days(lead->date) == days(anchor) ? 1
                                                                       : 2;
    for (size_t i = 0; i < n; i++) {
        rasd_event *e = &ev[i];
        /* a live blog's entry under a time of day, with no day of its
         * own, happened on the page's day */
        if ((hints[i] & HINT_STAMPED) && e->date.y == 0 && anchor.y &&
            !doc->published_inferred && !e->background) {
            e->date = anchor;
            e->time_precision = 1;
        }
        if (!e->background && e != lead &&
            earlier(e, news, (hints[i] & HINT_RECENT) ? 2 : gap))
            e->background = 1;
        /* "targeted Ain al-Asad and Harir in the past few days": the
         * series the news belongs to, not the news */
        if (!e->background && lead && e != lead && (hints[i] & HINT_PERIOD))
            e->background = 1;
        if (!e->background && earlier(e, anchor, STALE_DAYS))
            e->background = 1;
        /* "وأضاف أن القوات طوقت المنطقة ... واعتقلت أحد عشر شاباً",
         * "أقدم مسلحون خلال الاشتباكات على إحراق منزلين": arrests,
         * abductions and fires told with no day of their own, where the
         * dated lead happened or with no place, are its aftermath, on its
         * day (and at its place: extract.c inherit_lead_place) */
        if (e->date.y == 0 && !e->background && day_lead && e != lead &&
            lead->place && kinds_side_incident(e->sub_event_type) &&
            (e->place == lead->place || (!e->place && !e->country))) {
            e->date = lead->date;
            e->time_precision = 1;
        }
        if (!e->background && lead && e != lead && e->date.y == 0 &&
            lead->date.y != 0 && e->sentence != lead->sentence &&
            e->sentence > LEDE_SENTENCES && !same_kind(e, lead) &&
            !(hints[i] & (HINT_CLAIMED | HINT_STAMPED)))
            e->background = 1;
        /* "US forces carried out air strikes late on Friday on two sites
         * ... jets struck a facility near Al Mayadin and a command post
         * near Albu Kamal": the same attacker's same kind of attack, told
         * with no day of its own, is the lead's operation and day */
        if (e->date.y == 0 && !e->background && lead && e != lead &&
            lead->date.y && lead->time_precision == 1 && e->actor1 &&
            lead->actor1 && same_kind(e, lead)) {
            e->date = lead->date;
            e->time_precision = 1;
        }
        if (e->date.y == 0 && !e->background && doc->published.y &&
            !doc->published_inferred) {
            e->date = doc->published;
            e->time_precision = 2;
        }
        rasd_event_incident_key(e);
    }
}

/* Lower-case ASCII slug of z, words joined by '-'. */
static size_t slug(const char *z, char *out, size_t cap)
{
    size_t o = 0;
    int dash = 0;
    for (; *z && o + 2 < cap; z++) {
        unsigned char c = (unsigned char)*z;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && o)
                out[o++] = '-';
            out[o++] = (char)c;
            dash = 0;
        } else if (c >= 'A' && c <= 'Z') {
            if (dash && o)
                out[o++] = '-';
            out[o++] = (char)(c + 32);
            dash = 0;
        } else {
            dash = 1;
        }
    }
    out[o] = '\0';
    return o;
}

void rasd_event_incident_key(rasd_event *ev)
{
    char where[64] = "";
    const char *name = ev->place ? ev->place->name
                       : ev->country ? ev->country
                                     : "unknown";
    slug(name, where, sizeof where);
    if (ev->date.y == 0)
        snprintf(ev->incident, sizeof ev->incident, "%s-undated", where);
    else if (ev->time_precision == 3 || ev->date.d == 0)
        snprintf(ev->incident, sizeof ev->incident, "%s-%04d-%02d", where,
                 ev->date.y, ev->date.m);
    else
        snprintf(ev->incident, sizeof ev->incident, "%s-%04d-%02d-%02d", where,
                 ev->date.y, ev->date.m, ev->date.d);
}
