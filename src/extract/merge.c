/* merge.c - one event per incident per article (SCHEMA: "One event per
 * incident per article").
 *
 * A mention joins an event when nothing tells them apart:
 *
 *   place:  the same target, or either has none
 *   date:   equal at the coarser precision, or either has none
 *   type:   equal, or either is generic (no weapon, no specific trigger)
 *
 * A mention with neither place nor date ("the attack", "the base was hit")
 * refers back: it joins the latest event before it that it is compatible
 * with.  Otherwise the first compatible event wins, so an article's lede
 * gathers its own later paragraphs.  Fields are filled from the first
 * mention that has them; casualties take the largest reported count.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

typedef struct acc {
    rasd_event *ev;
    const mention *first;
    const rasd_date *date;
    const rasd_match *place;
    const rasd_match *actor1, *actor2;
    int weapon_vague; /* the weapon so far names a kind, not a means */
    int sub_explicit;
    int signals;
    int past;        /* some mention is in a past or subordinate clause */
    int past_cue;    /* some mention carries a past cue */
    int news_hint;   /* some mention has no past cue */
    int generic;     /* every mention is generic */
    int strength;    /* strongest anchor of its mentions */
    int recent;      /* some mention says it was hours before */
    int specific;    /* some mention's trigger names a kind of violence
                        with no other sense (killing, kidnapping...) */
    int victim;      /* some mention names a person it was done to */
    uint32_t last_sent;
    int last_subclause; /* the subclause flag of the last mention */
    int date_weak;      /* date is "today" as a statement says it */
    int assassination;  /* some mention's trigger is an assassination */
    int claimed;        /* some mention names who claimed it */
    int stamped;        /* some mention is a live blog's entry */
    int similar;        /* some mention tells it as like another */
    int toll_updated;   /* its toll came from an update ("rose to") */
    int toll_implicit;  /* its toll is one person named ("بمقتل قيادي") */
    int weapon_one;     /* some mention names one weapon it does not count */
    const rasd_entry *weapon_entry; /* the entry ev->weapon came from */
} acc;

/* Are a and b dated in different months?  An incident of another month
 * (last year's massacre recalled in a report of today's fight) is not
 * told in the terms of the article's fight. */
static int other_month(const rasd_date *a, const rasd_date *b)
{
    return a && b && a->date.y && b->date.y &&
           (a->date.y != b->date.y || a->date.m != b->date.m);
}

/* "one of the two attackers killed in the blast was a woman": a count of
 * the attackers who died (its victims an unnamed armed group) is part of
 * the toll, not a lower report of it. */
static int attackers_count(const mention *m)
{
    if (m->toll_attackers)
        return 1;
    if (m->actor2 == NULL)
        return 0;
    const rasd_entry *e = m->actor2->entry;
    const char *inter = rasd_entry_attr(e, "inter");
    return !strcmp(e->kind, "generic") && inter &&
           (!strcmp(inter, "Political militia") ||
            !strcmp(inter, "Rebel group"));
}

static long day_number(const rasd_date *d)
{
    return rasd_days_from_civil(d->date.y, d->date.m, d->date.d);
}

/* Are dates a and b (either may be NULL) one incident's?  A weak date
 * ("today" as a statement says it: mention.date_weak) may be a day later
 * than the incident's. */
static int dates_compatible(const rasd_date *a, int a_weak,
                            const rasd_date *b, int b_weak)
{
    if (a == NULL || b == NULL)
        return 1;
    if (a->date.y && b->date.y && a->precision == 1 && b->precision == 1) {
        long gap = day_number(a) - day_number(b);
        if ((gap == 1 && a_weak) || (gap == -1 && b_weak))
            return 1;
    }
    if (a->date.y == 0 || b->date.y == 0) /* unresolved: a day and a week
                                             ("Monday", "these days") are
                                             not the same time */
        return a->date.y == b->date.y && a->precision == b->precision;
    /* a week ("last week", "these days") holds the days around it, not
     * the one nine days later in the same month */
    if ((a->precision == 2 && b->precision <= 2) ||
        (b->precision == 2 && a->precision <= 2)) {
        long gap = day_number(a) - day_number(b);
        return gap <= 6 && gap >= -6;
    }
    if (a->date.y != b->date.y || a->date.m != b->date.m)
        return 0;
    if (a->precision == 1 && b->precision == 1)
        return a->date.d == b->date.d;
    return 1;
}

/* How far a district or site can lie from a city's point and still be in
 * it: Baghdad's districts lie within 15 km of its centre. */
#define CITY_KM 20

static int places_compatible(const rasd_match *a, const rasd_match *b)
{
    if (a == NULL || b == NULL)
        return 1;
    const rasd_entry *x = a->entry, *y = b->entry;
    if (x == y || !strcmp(x->name, y->name))
        return 1;
    /* a province or region and a place in it */
    if (kinds_place_contains(x, y) || kinds_place_contains(y, x))
        return 1;
    /* a district or site of a city and the city ("منطقة المشتل شرقي
     * العاصمة بغداد", then "in Baghdad"); a site 50 km out named after
     * the town is not in it */
    int rx = kinds_place_rank(x), ry = kinds_place_rank(y);
    if (((rx >= 5 && ry == 4) || (ry >= 5 && rx == 4)) && *x->admin1 &&
        !strcmp(x->admin1, y->admin1) && kinds_km(x, y) <= CITY_KM)
        return 1;
    return 0;
}

/* Shooting and a clash are one exchange of fire told from two sides
 * ("اشتباكات مسلحة في المخيم", "قواته تعرضت لإطلاق نار وردت عليه"): an
 * Attack on armed forces becomes an Armed clash anyway (below). */
static int fire_exchange(const char *a, const char *b)
{
    return (!strcmp(a, SUB_ATTACK) && !strcmp(b, SUB_CLASH)) ||
           (!strcmp(a, SUB_CLASH) && !strcmp(b, SUB_ATTACK));
}

/* Is an incident in country a in the theatre of the article's framing
 * incident, in country b?  An unknown country (NULL) counts as the same;
 * a sea, whose country is "", is a theatre of its own: "a military
 * operation in the Mediterranean" in an article about drones over Iraq
 * is not framed by them. */
static int same_theatre(const char *a, const char *b)
{
    return a == NULL || b == NULL || !strcmp(a, b);
}

static int compatible(const acc *e, const mention *m)
{
    /* "X struck ... in response to an attack on Y": one sentence that
     * sets one incident after another speaks of two */
    if (m->sent == e->last_sent && m->subclause != e->last_subclause)
        return 0;
    if (!places_compatible(e->place, m->place))
        return 0;
    /* a clause about an earlier incident and the news are two incidents,
     * unless the mention only refers back */
    int mp = m->past || m->subclause;
    if ((m->place || m->date) &&
        ((mp && e->news_hint && !e->past) || (!mp && e->past && !e->news_hint)))
        return 0;
    if (!dates_compatible(e->date, e->date_weak, m->date, m->date_weak))
        return 0;

    if (e->sub_explicit && m->sub_explicit &&
        strcmp(e->ev->sub_event_type, m->sub) &&
        !fire_exchange(e->ev->sub_event_type, m->sub))
        return 0;
    /* "Security officials said police had detained dozens of people":
     * an abduction, an arrest or looting told with its own verb in a
     * sentence of its own is an incident of its own, not a part of the
     * violent one before it */
    if (m->sub_explicit && m->strength == 2 && m->sent != e->last_sent &&
        strcmp(e->ev->sub_event_type, m->sub) && kinds_side_incident(m->sub))
        return 0;
    /* "a drone of the RSF struck the hospital", then "the army's jets
     * struck RSF positions" the same day: who attacks whom reversed, with
     * another weapon, is the other side's incident (a clash has both
     * sides either way) */
    if (strcmp(e->ev->sub_event_type, SUB_CLASH) && strcmp(m->sub, SUB_CLASH) &&
        e->ev->weapon && m->weapon &&
        rasd_entry_attr(m->weapon->entry, "weapon") &&
        strcmp(e->ev->weapon, rasd_entry_attr(m->weapon->entry, "weapon")) &&
        ((e->actor1 && m->actor2 && e->actor1->entry == m->actor2->entry) ||
         (e->actor2 && m->actor1 && e->actor2->entry == m->actor1->entry)))
        return 0;
    return 1;
}

static void add_span(rasd_event *ev, int field, uint32_t start, uint32_t end)
{
    if (end <= start || ev->nspans[field] >= RASD_EVENT_MAX_SPANS)
        return;
    for (int i = 0; i < ev->nspans[field]; i++)
        if (ev->spans[field][i].start == start)
            return;
    ev->spans[field][ev->nspans[field]].start = start;
    ev->spans[field][ev->nspans[field]].end = end;
    ev->nspans[field]++;
}

static void add_source(rasd_event *ev, const char *name)
{
    for (int i = 0; i < ev->nsources; i++)
        if (!strcmp(ev->sources[i], name))
            return;
    if (ev->nsources < RASD_EVENT_MAX_SOURCES)
        ev->sources[ev->nsources++] = name;
}

/* Is e an earlier incident than the article's news: a past cue on every
 * mention, or a date before the publication date (or, without one, before
 * the first event's date)? */
static int earlier_than_news(const rasd_doc *doc, const acc *e,
                             const acc *first)
{
    if (e->past && !e->news_hint)
        return 1;
    if (e->date == NULL || e->date->date.y == 0)
        return 0;
    rasd_date_ymd anchor = doc->published;
    if (anchor.y == 0 && first->date && first != e)
        anchor = first->date->date;
    if (anchor.y == 0)
        return 0;
    rasd_date_ymd d = e->date->date;
    if (e->date->precision == 3 || d.d == 0)
        return d.y * 12 + d.m < anchor.y * 12 + anchor.m;
    return rasd_days_from_civil(anchor.y, anchor.m, anchor.d ? anchor.d : 1) -
               rasd_days_from_civil(d.y, d.m, d.d) >= 2;
}

/* Folds mention m into e. */
static void absorb(acc *e, const mention *m)
{
    rasd_event *ev = e->ev;
    if (m->sub_explicit && !e->sub_explicit) {
        ev->sub_event_type = m->sub;
        ev->event_type = kinds_event_type(m->sub);
        e->sub_explicit = 1;
    }
    add_span(ev, RASD_F_EVENT, m->trigger->start, m->trigger->end);
    if (m->place && (e->place == NULL ||
                     kinds_place_rank(m->place->entry) >
                         kinds_place_rank(e->place->entry)))
        e->place = m->place;
    if (m->place)
        add_span(ev, RASD_F_LOCATION, m->place->start, m->place->end);
    if (ev->country == NULL && m->country)
        ev->country = m->country;
    if (m->date && (e->date == NULL ||
                    (m->date->precision && m->date->precision <
                                               e->date->precision) ||
                    (e->date_weak && m->date->precision == 1 &&
                     !m->date_weak))) {
        e->date = m->date;
        e->date_weak = m->date_weak;
    }
    if (m->date)
        add_span(ev, RASD_F_DATE, m->date->start, m->date->end);
    if (m->actor1) {
        /* a named group over a generic one ("الفصائل المسلحة", then the
         * claim of المقاومة الإسلامية في العراق); the perpetrator's own
         * claim over an accusation ("accused the US-led coalition", then
         * "the Pentagon confirmed that US forces conducted a strike") */
        int own_claim = m->own_claim && !e->claimed;
        if (ev->actor1 == NULL || own_claim ||
            (e->actor1 && !strcmp(e->actor1->entry->kind, "generic") &&
             strcmp(m->actor1->entry->kind, "generic") &&
             m->actor1->entry != (e->actor2 ? e->actor2->entry : NULL))) {
            ev->actor1 = m->actor1->entry->name;
            e->actor1 = m->actor1;
        }
        add_span(ev, RASD_F_ACTOR1, m->actor1->start, m->actor1->end);
    }
    if (m->actor1 == NULL && m->actor1_by_source && ev->actor1 == NULL) {
        ev->actor1 = m->actor1_by_source;
        add_span(ev, RASD_F_ACTOR1, m->actor1_span.start, m->actor1_span.end);
    }
    if (m->actor2) {
        if (ev->actor2 == NULL &&
            (ev->actor1 == NULL ||
             strcmp(ev->actor1, m->actor2->entry->name))) {
            ev->actor2 = m->actor2->entry->name;
            e->actor2 = m->actor2;
        }
        add_span(ev, RASD_F_ACTOR2, m->actor2->start, m->actor2->end);
    }
    if (m->weapon) {
        const char *w = rasd_entry_attr(m->weapon->entry, "weapon");
        int vague = kinds_weapon_vague(m->weapon->entry);
        /* the first weapon named, unless a later mention names the means
         * where the first named only the kind ("ضربة", then "بطائرة
         * مسيرة"; SCHEMA: a strike is "drone" when the text says so) */
        if (w && (ev->weapon == NULL || (e->weapon_vague && !vague) ||
                  kinds_listed(rasd_entry_attr(m->weapon->entry, "refines"),
                               ev->weapon))) {
            if (ev->weapon && strcmp(ev->weapon, w))
                ev->weapon_count = -1;
            ev->weapon = w;
            e->weapon_entry = m->weapon->entry;
            e->weapon_vague = vague;
        }
        add_span(ev, RASD_F_WEAPON, m->weapon->start, m->weapon->end);
        if (ev->weapon_count < 0 && m->weapon_count >= 0 && w &&
            !strcmp(w, ev->weapon)) {
            ev->weapon_count = m->weapon_count;
            add_span(ev, RASD_F_WEAPON_COUNT, m->count_span.start,
                     m->count_span.end);
        }
    }
    /* ACLED: when reports of one incident disagree, the most
     * conservative toll (of those that count someone: "no casualties" is
     * more often another incident merged in than a dispute); a toll that
     * rose since ("ارتفعت الحصيلة إلى", "bringing the death toll to")
     * replaces what came before; one person named ("بمقتل قيادي") is
     * no toll, and a count reported today replaces it, but not one
     * reported "earlier" ("تحدثت مصادر في وقت سابق عن سقوط قتيلين") */
    if (m->fatalities >= 0 &&
        (ev->fatalities < 0 || m->toll_update ||
         (ev->fatalities == 0 && m->fatalities > 0) ||
         (e->toll_implicit && !m->toll_implicit && !m->past &&
          m->fatalities > ev->fatalities) ||
         (!e->toll_updated && !m->toll_implicit && m->fatalities > 0 &&
          m->fatalities < ev->fatalities && !attackers_count(m)))) {
        ev->fatalities = m->fatalities;
        e->toll_updated |= m->toll_update;
        e->toll_implicit = m->toll_implicit;
        add_span(ev, RASD_F_FATALITIES, m->fat_span.start, m->fat_span.end);
    }
    if (m->wounded > ev->wounded) {
        ev->wounded = m->wounded;
        add_span(ev, RASD_F_WOUNDED, m->wnd_span.start, m->wnd_span.end);
    }
    e->signals |= m->signals;
    if (m->outcome_span.end)
        add_span(ev, RASD_F_OUTCOME, m->outcome_span.start,
                 m->outcome_span.end);
    for (int i = 0; i < m->nsources; i++) {
        add_source(ev, m->sources[i]->entry->name);
        add_span(ev, RASD_F_SOURCES, m->sources[i]->start,
                 m->sources[i]->end);
    }
    if (m->claimer)
        add_source(ev, m->claimer);
    if (m->past || m->subclause)
        e->past = 1;
    else
        e->news_hint = 1;
    if (m->past)
        e->past_cue = 1;
    if (!m->generic)
        e->generic = 0;
    if (m->strength > e->strength)
        e->strength = m->strength;
    e->recent |= m->recent;
    e->claimed |= m->claimer != NULL;
    e->stamped |= m->stamped;
    e->similar |= m->similar;
    e->assassination |= m->tkind == TK_ASSASSINATE;
    e->specific |= m->specific;
    e->victim |= m->victim;
    e->weapon_one |= m->weapon_one;

    e->last_sent = m->sent;
    e->last_subclause = m->subclause;
}

static int armed(const rasd_entry *actor)
{
    const char *inter = rasd_entry_attr(actor, "inter");
    return inter && (!strcmp(inter, "State forces") ||
                     !strcmp(inter, "Rebel group") ||
                     !strcmp(inter, "Political militia") ||
                     !strcmp(inter, "Identity militia"));
}

static int foreign_state(const rasd_entry *actor, const char *where)
{
    const char *inter = rasd_entry_attr(actor, "inter");
    const char *country = rasd_entry_attr(actor, "country");
    return inter && !strcmp(inter, "State forces") && country && where &&
           *where && strcmp(country, where);
}

/* How much the text says about one incident, in points: a finite verb
 * reports an event where a verbal noun may only name one ("the
 * assassination of X" as a topic); numbers of dead and wounded, a weapon
 * and its count, a place, a date, an attacker and a victim each make it
 * concrete, and so does a word with no sense but violence (killing,
 * kidnapping, a suicide bomber) against one that also speaks of politics
 * ("a harsh attack on the government").  MIN_EVIDENCE points make an
 * incident a coder would record; the environment variable
 * RASD_MIN_EVIDENCE overrides it for experiments. */
#define MIN_EVIDENCE 5
static int evidence(const acc *e)
{
    const rasd_event *ev = e->ev;
    int score = e->strength;
    if (ev->fatalities >= 0 || ev->wounded >= 0)
        score += 2;
    if (ev->weapon)
        score += 1;
    if (ev->weapon_count >= 0 || e->weapon_one)
        score += 1;
    if (e->place)
        score += 1;
    if (e->date) /* "yesterday", "on Tuesday": one day, resolved or not */
        score += 1;
    if (ev->actor1)
        score += 1;
    if (ev->actor2)
        score += 1;
    if (e->specific)
        score += 1;
    if (e->victim && !ev->actor2)
        score += 1; /* "خطف موظف بريطاني": whom, if not which side */
    return score;
}

static int min_evidence(void)
{
    const char *z = getenv("RASD_MIN_EVIDENCE");
    return z ? (int)strtol(z, NULL, 10) : MIN_EVIDENCE;
}

/* Is sentence si a title line: a short line of its own that ends
 * without a full stop, with more text after it? */
static int title_line(const rasd_doc *doc, size_t si)
{
    if (si + 1 >= doc->nsents)
        return 0;
    const rasd_sentence *s = &doc->sents[si];
    if (s->tok_count == 0 || s->tok_count > 30)
        return 0;
    const rasd_token *last = &doc->tokens[s->tok_first + s->tok_count - 1];
    /* "مستوطنون يهاجمون بورين.. واعتقالات في الخليل": two dots join the
     * parts of one headline (the sentence splitter ends a sentence at
     * each), and the second dot stands alone */
    const rasd_token *next = &doc->tokens[s->tok_first + s->tok_count];
    int first = s->tok_first == 0 || title_line(doc, si - 1);
    if (first && last->kind == RASD_TOK_PUNCT && last->norm[0] == '.' &&
        next->kind == RASD_TOK_PUNCT && next->norm[0] == '.' &&
        next->start == last->end)
        return 1;
    if (first && s->tok_count == 1 && last->kind == RASD_TOK_PUNCT)
        return 1;
    if (last->kind == RASD_TOK_PUNCT &&
        (last->norm[0] == '.' || last->norm[0] == '!' ||
         last->norm[0] == '?'))
        return 0;
    return (doc->tokens[s->tok_first + s->tok_count].flags &
            RASD_TOKF_LINE_START) != 0;
}

/* How many sentences the headline takes: the title lines an article
 * opens with (a breadcrumb, the title in one or two parts, a date line),
 * at most HEAD_LINES. */
#define HEAD_LINES 4
static uint32_t headline_end(const rasd_doc *doc)
{
    uint32_t n = 0;
    while (n < HEAD_LINES && title_line(doc, n))
        n++;
    return n < doc->nsents ? n : 0;
}

/* Does a headline's place name the province or city of the event's
 * place ("غارات تركية على أطراف دهوك" over the villages the body
 * names)? */
static int headline_place(const acc *e, const mention *m)
{
    return e->place && m->place && *m->place->entry->admin1 &&
           !strcmp(e->place->entry->admin1, m->place->entry->admin1);
}

/* Puts mention m into the event it belongs to, or a new one (evs[*ne]);
 * a headline mention may also join an event in its province.  Returns
 * 0. */
static int place_mention(const rasd_doc *doc, const mention *m,
                         int in_headline, acc *acc_a, rasd_event *evs,
                         size_t *pne)
{
    size_t ne = *pne;
    acc *target = NULL;
    /* "...stopped after the assassination of X": an earlier incident
     * named in passing, with neither place nor date, is neither this
     * article's news nor a background event SCHEMA codes */
    if (m->subclause && m->place == NULL && m->date == NULL)
        return 0;
    /* "the attacks on US forces", "targeted bases dozens of times": a
     * pattern says nothing of one incident */
    if (m->generic)
        return 0;
    if (m->place == NULL && m->date == NULL) {
        /* Refers back: the latest compatible event, but a mention
         * with no past cue of its own speaks of the news, not of an
         * earlier incident the article recalled in between. */
        for (size_t k = ne; k-- > 0;) {
            if (!compatible(&acc_a[k], m))
                continue;
            /* a headline is about the news, not what the article
             * recalls ("US strikes hit militia sites", not the attack
             * they answered) */
            if (in_headline && ((acc_a[k].past && !acc_a[k].news_hint) ||
                                earlier_than_news(doc, &acc_a[k], acc_a)))
                continue;
            if (!m->past && earlier_than_news(doc, &acc_a[k], acc_a)) {
                if (target == NULL)
                    target = &acc_a[k]; /* fallback */
                continue;
            }
            target = &acc_a[k];
            break;
        }
    } else {
        for (size_t k = 0; k < ne; k++) {
            /* an event with neither place nor date only takes
             * mentions that refer back, not new incidents */
            if (acc_a[k].place == NULL && acc_a[k].date == NULL &&
                (m->place || m->date) && acc_a[k].ev->nspans[0] &&
                k + 1 < ne)
                continue;
            if (compatible(&acc_a[k], m) &&
                (m->place == NULL || acc_a[k].place != NULL ||
                 m->sent - acc_a[k].last_sent <= 2)) {
                target = &acc_a[k];
                break;
            }
        }
        /* a headline names the lede's incident by its province */
        for (size_t k = 0; in_headline && target == NULL && k < ne; k++)
            if (headline_place(&acc_a[k], m) &&
                dates_compatible(acc_a[k].date, acc_a[k].date_weak, m->date,
                                 m->date_weak))
                target = &acc_a[k];
    }
    if (target == NULL && (m->generic || m->topic ||
                           (m->strength == 0 &&
                                          !m->place && !m->date)))
        return 0; /* refers to or counts incidents: never starts one */
    if (target == NULL) {
        target = &acc_a[ne];
        rasd_event *ev = &evs[ne];
        ne++;
        memset(ev, 0, sizeof *ev);
        ev->weapon_count = ev->fatalities = ev->wounded = -1;
        ev->sub_event_type = m->sub;
        ev->event_type = kinds_event_type(m->sub);
        ev->sentence = m->sent;
        target->ev = ev;
        target->first = m;
        target->sub_explicit = m->sub_explicit;
        target->generic = 1;
    }
    absorb(target, m);
    *pne = ne;
    return 0;
}

int merge_mentions(const rasd_doc *doc, mention *ms, size_t nms,
                   rasd_arena *a, rasd_event **out, size_t *n,
                   uint8_t **hints)
{
    *out = NULL;
    *n = 0;
    *hints = NULL;
    if (nms == 0)
        return 0;
    acc *acc_a = rasd_arena_calloc(a, nms * sizeof *acc_a);
    rasd_event *evs = rasd_arena_calloc(a, nms * sizeof *evs);
    uint8_t *fresh = rasd_arena_calloc(a, nms);
    if (acc_a == NULL || evs == NULL || fresh == NULL)
        return RASD_ENOMEM;
    size_t ne = 0;
    /* The headline is read last: it names the lede's incident in fewer
     * words ("strikes hit three areas of Duhok"), often by its province,
     * so it joins what the body reports rather than starting its own. */
    uint32_t head = headline_end(doc);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < nms; i++) {
            const mention *m = &ms[i];
            int in_headline = m->sent < head;
            if (in_headline != pass)
                continue;
            int rc = place_mention(doc, m, in_headline, acc_a, evs, &ne);
            if (rc < 0)
                return rc;
        }
    }
    /* The article's framing: the type of its first incident that names
     * one (SCHEMA: with no weapon stated, "the fifth such attack" after a
     * drone attack is an Air/drone strike). */
    const char *framing = NULL, *framing_country = NULL;
    const rasd_date *framing_date = NULL;
    /* (a strategic development, houses burnt or arrests made, frames
     * no fight) */
    for (size_t k = 0; k < ne && framing == NULL; k++)
        if (acc_a[k].sub_explicit && !acc_a[k].generic &&
            strcmp(acc_a[k].ev->event_type, "Strategic developments")) {
            framing = acc_a[k].ev->sub_event_type;
            framing_country = acc_a[k].ev->country;
            framing_date = acc_a[k].date;
        }
    /* Outcome, place fields, and what is not an incident. */
    size_t kept = 0;
    for (size_t k = 0; k < ne; k++) {
        acc *e = &acc_a[k];
        rasd_event *ev = e->ev;
        if (e->generic)
            continue; /* a pattern, not an incident */
        if (evidence(e) < min_evidence())
            continue; /* a topic or a reference, not a reported incident */
        if (e->signals & SIG_HIT)
            ev->outcome = "hit";
        else if (e->signals & SIG_INTERCEPT)
            ev->outcome = "intercepted";
        else if (e->signals & SIG_NODAMAGE)
            ev->outcome = "no damage";
        else if ((e->signals & SIG_SOFTHIT) &&
                 strcmp(ev->sub_event_type, SUB_DISRUPTED) &&
                 strcmp(ev->sub_event_type, SUB_ARREST))
            ev->outcome = "hit";
        else if (!strcmp(ev->sub_event_type, SUB_DISRUPTED))
            ev->outcome = "no damage"; /* defused, seized: nothing struck */
        else
            ev->outcome = "unknown";
        /* A state's forces striking abroad with no weapon named: an air
         * or drone strike is what states do at a distance (SCHEMA: strikes
         * by states are Air/drone strike). */
        if (!e->sub_explicit && e->actor1 &&
            foreign_state(e->actor1->entry,
                          e->place ? e->place->entry->country : ev->country)) {
            ev->sub_event_type = SUB_AIR;
            ev->event_type = kinds_event_type(SUB_AIR);
            if (ev->weapon == NULL)
                ev->weapon = "airstrike"; /* "القصف الأمريكي" abroad */
        } else if (!e->sub_explicit && framing &&
                   same_theatre(ev->country, framing_country) &&
                   !other_month(e->date, framing_date) &&
                   ev->weapon == NULL) {
            /* (a framing fight does not make shells that fell a clash,
             * nor drones downed elsewhere make them an air strike: a
             * weapon named keeps its type) */
            ev->sub_event_type = framing;
            ev->event_type = kinds_event_type(framing);
        }
        /* A weapon that names another when it is fired from the air
         * (weapons.tsv from_air=: the rockets a helicopter or a drone
         * fires are missiles) */
        const char *from_air = e->weapon_entry && ev->weapon &&
                                       !strcmp(ev->sub_event_type, SUB_AIR)
                                   ? rasd_entry_attr(e->weapon_entry, "from_air")
                                   : NULL;
        if (from_air && !strcmp(ev->weapon,
                                rasd_entry_attr(e->weapon_entry, "weapon")))
            ev->weapon = from_air;
        /* ACLED: violence against civilians is one-sided; against armed
         * forces (police, soldiers, fighters) it is a battle.  Not an
         * assassination, which SCHEMA codes as an Attack whoever the
         * victim served. */
        if (!strcmp(ev->sub_event_type, SUB_ATTACK) && e->actor2 &&
            armed(e->actor2->entry) && !e->assassination) {
            ev->sub_event_type = SUB_CLASH;
            ev->event_type = kinds_event_type(SUB_CLASH);
        }
        if (e->place) {
            ev->place = e->place->entry;
            ev->admin1 = *ev->place->admin1 ? ev->place->admin1 : NULL;
            ev->country = *ev->place->country ? ev->place->country
                                              : ev->country;
            if (kinds_place_rank(ev->place) == 2 && ev->admin1 == NULL)
                ev->admin1 = ev->place->name;
        }
        if (e->date && e->date->date.y) {
            ev->date = e->date->date;
            ev->time_precision = e->date->precision;
            /* SCHEMA: "in the past few days" with no publication date is
             * the month, precision 3 */
            if ((e->date->flags & RASD_DATEF_PERIOD) &&
                doc->published_inferred)
                ev->time_precision = 3;
            if (ev->time_precision == 3)
                ev->date.d = 0;
        }
        if (ev->actor1 && ev->actor2 && !strcmp(ev->actor1, ev->actor2))
            ev->actor2 = NULL; /* one side seen twice: not both */
        /* Background: said to be earlier by a cue; or only ever named
         * in a subordinate clause ("in response to the attack on...")
         * and not dated (a dated one is judged by its date, when.c); or
         * brought in by one, as what the news answers, whatever later
         * sentences add about it ("هجوم أربيل أدى إلى إصابة ..."). */
        ev->background = (e->past && !e->news_hint &&
                          (e->past_cue || e->date == NULL)) ||
                         e->first->subclause;
        fresh[kept] = (uint8_t)((e->recent ? HINT_RECENT : 0) |
                                (e->claimed ? HINT_CLAIMED : 0) |
                                (e->stamped ? HINT_STAMPED : 0) |
                                (e->similar ? HINT_SIMILAR : 0) |
                                (e->date && (e->date->flags &
                                             RASD_DATEF_PERIOD)
                                     ? HINT_PERIOD
                                     : 0));
        evs[kept++] = *ev;
    }
    *out = evs;
    *n = kept;
    *hints = fresh;
    return 0;
}
