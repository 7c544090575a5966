/* output.c - an event as JSON: SCHEMA.md's fields in gold.jsonl's order,
 * then the incident key and the supporting byte spans per field. */
#include <string.h>

#include "extract_int.h"

static void str_or_null(rasd_buf *b, const char *z)
{
    if (z)
        rasd_buf_put_json_str(b, z, strlen(z));
    else
        rasd_buf_puts(b, "null");
}

static void int_or_null(rasd_buf *b, int v)
{
    if (v < 0)
        rasd_buf_puts(b, "null");
    else
        rasd_buf_printf(b, "%d", v);
}

static const char *const field_names[RASD_F__COUNT] = {
    "event", "event_date", "location", "actor1", "actor2", "weapon",
    "weapon_count", "outcome", "fatalities", "wounded", "sources",
    "background"};

void rasd_event_to_json(rasd_buf *b, const rasd_event *ev)
{
    rasd_buf_puts(b, "{\"event_date\":");
    if (ev->date.y == 0)
        rasd_buf_puts(b, "null");
    else if (ev->time_precision == 3 || ev->date.d == 0)
        rasd_buf_printf(b, "\"%04d-%02d\"", ev->date.y, ev->date.m);
    else
        rasd_buf_printf(b, "\"%04d-%02d-%02d\"", ev->date.y, ev->date.m,
                        ev->date.d);
    rasd_buf_puts(b, ",\"time_precision\":");
    int_or_null(b, ev->date.y ? ev->time_precision : -1);
    rasd_buf_puts(b, ",\"event_type\":");
    str_or_null(b, ev->event_type);
    rasd_buf_puts(b, ",\"sub_event_type\":");
    str_or_null(b, ev->sub_event_type);
    rasd_buf_puts(b, ",\"location\":");
    str_or_null(b, ev->place ? ev->place->name : NULL);
    rasd_buf_puts(b, ",\"admin1\":");
    str_or_null(b, ev->admin1);
    rasd_buf_puts(b, ",\"country\":");
    str_or_null(b, ev->country);
    if (ev->place) {
        rasd_buf_printf(b, ",\"latitude\":%.4f,\"longitude\":%.4f",
                        ev->place->lat, ev->place->lon);
        rasd_buf_printf(b, ",\"geo_precision\":%d", ev->place->geo_precision);
    } else {
        rasd_buf_puts(b, ",\"latitude\":null,\"longitude\":null");
    }
    rasd_buf_puts(b, ",\"actor1\":");
    str_or_null(b, ev->actor1);
    rasd_buf_puts(b, ",\"actor2\":");
    str_or_null(b, ev->actor2);
    rasd_buf_puts(b, ",\"weapon\":");
    str_or_null(b, ev->weapon);
    rasd_buf_puts(b, ",\"weapon_count\":");
    int_or_null(b, ev->weapon_count);
    rasd_buf_puts(b, ",\"outcome\":");
    str_or_null(b, ev->outcome);
    rasd_buf_puts(b, ",\"fatalities\":");
    int_or_null(b, ev->fatalities);
    rasd_buf_puts(b, ",\"wounded\":");
    int_or_null(b, ev->wounded);
    rasd_buf_printf(b, ",\"background\":%s", ev->background ? "true" : "false");
    rasd_buf_puts(b, ",\"incident\":");
    str_or_null(b, ev->incident);
    rasd_buf_puts(b, ",\"sources\":[");
    for (int i = 0; i < ev->nsources; i++) {
        if (i)
            rasd_buf_putc(b, ',');
        str_or_null(b, ev->sources[i]);
    }
    rasd_buf_puts(b, "],\"spans\":{");
    int first = 1;
    for (int f = 0; f < RASD_F__COUNT; f++) {
        if (ev->nspans[f] == 0)
            continue;
        rasd_buf_printf(b, "%s\"%s\":[", first ? "" : ",", field_names[f]);
        for (int i = 0; i < ev->nspans[f]; i++)
            rasd_buf_printf(b, "%s[%u,%u]", i ? "," : "", ev->spans[f][i].start,
                            ev->spans[f][i].end);
        rasd_buf_putc(b, ']');
        first = 0;
    }
    rasd_buf_puts(b, "}}");
}
