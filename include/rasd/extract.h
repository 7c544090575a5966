/* extract.h - conflict events of one article, in the shape of
 * ../shared/corpus/SCHEMA.md (ACLED's codebook fields), each field with the
 * byte spans of the text that supports it.
 *
 * Events, their strings and spans live in the arena passed to
 * rasd_extract_doc and go with it.  Entry pointers are borrowed from the
 * lexicon, which must outlive the events.
 */
#ifndef RASD_EXTRACT_H
#define RASD_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "lexicon.h"
#include "text.h"

/* The fields that carry spans, in output order. */
enum rasd_field {
    RASD_F_EVENT = 0, /* the trigger words: event and sub-event type */
    RASD_F_DATE,
    RASD_F_LOCATION,
    RASD_F_ACTOR1,
    RASD_F_ACTOR2,
    RASD_F_WEAPON,
    RASD_F_WEAPON_COUNT,
    RASD_F_OUTCOME,
    RASD_F_FATALITIES,
    RASD_F_WOUNDED,
    RASD_F_SOURCES,
    RASD_F_BACKGROUND,
    RASD_F__COUNT
};

#define RASD_EVENT_MAX_SOURCES 8
#define RASD_EVENT_MAX_SPANS 4 /* per field */

typedef struct rasd_event {
    rasd_date_ymd date;          /* y == 0: null */
    int time_precision;          /* 1 day, 2 week, 3 month; 0 null */
    const char *event_type;      /* ACLED event type */
    const char *sub_event_type;  /* ACLED sub-event type */
    const rasd_entry *place;     /* NULL: no named place */
    const char *country;         /* set with place, or alone; NULL */
    const char *admin1;          /* NULL when unknown */
    const char *actor1;          /* canonical names or NULL */
    const char *actor2;
    const char *weapon;          /* SCHEMA vocabulary or NULL */
    int weapon_count;            /* -1: null */
    const char *outcome;         /* hit, intercepted, no damage, unknown */
    int fatalities;              /* -1: null */
    int wounded;                 /* -1: null */
    int background;              /* 0 news, 1 background */
    const char *sources[RASD_EVENT_MAX_SOURCES];
    int nsources;
    char incident[96];           /* incident key */
    rasd_span spans[RASD_F__COUNT][RASD_EVENT_MAX_SPANS];
    uint8_t nspans[RASD_F__COUNT];
    uint32_t sentence;           /* index of the sentence that reports it */
} rasd_event;

/* Finds the events of doc, given the lexicon matches of doc (from
 * rasd_match_scan).  *out is allocated from arena a; *n may be 0.
 * Returns 0 or RASD_ENOMEM. */
int rasd_extract_doc(const rasd_lexicon *lx, const rasd_doc *doc,
                     const rasd_match *m, size_t nm, rasd_arena *a,
                     rasd_event **out, size_t *n);

/* Appends ev as a JSON object (SCHEMA fields, spans, incident). */
void rasd_event_to_json(rasd_buf *b, const rasd_event *ev);

/* Fills ev->incident with a key derived from place and date, shared by
 * every mention of one incident across articles: "ain-al-asad-air-base-
 * 2024-07-16", "baghdad-2024-01", "iraq-undated". */
void rasd_event_incident_key(rasd_event *ev);

#endif
