/* mention.c - reads one sentence into event mentions: what happened (the
 * trigger and weapon), where (the target place), when (the date nearest
 * the trigger), who (attacker and target by their position and cues),
 * with what result (counts, casualties, outcome cues) and who says so.
 * This file splits the sentence into clauses and reads each clause; the
 * places, actors and counts are read by places.c, actors.c and tolls.c,
 * over the sorted matches of lists.c (clause.h).
 *
 * Rules are about how news sentences are built, not about any article:
 * Arabic puts the verb first (VSO), so an actor right after a verb trigger
 * is its subject; a target follows على/ضد/on/against or a hosting phrase;
 * a claim or report cue makes an actor the claimed attacker; a place after
 * "from" is a launch site, not the target.  Knowledge (which words are
 * triggers, cues, places) comes from the lexicon files.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "clause.h"

/* Is byte pos inside quoted speech: more quotes opened than closed
 * between the start of its paragraph and pos («» “” and straight double
 * quotes, which open and close alike)? */
static int in_quote(const rasd_doc *doc, uint32_t pos)
{
    int depth = 0, straight = 0;
    uint32_t i = pos;
    while (i > 0 && pos - i < 4000) {
        if (doc->text[i - 1] == '\n' && i >= 2 && doc->text[i - 2] == '\n')
            break;
        i--;
    }
    const unsigned char *z = (const unsigned char *)doc->text;
    for (; i < pos; i++) {
        if (z[i] == '"')
            straight ^= 1;
        else if (z[i] == 0xC2 && i + 1 < pos && z[i + 1] == 0xAB)
            depth++; /* « */
        else if (z[i] == 0xC2 && i + 1 < pos && z[i + 1] == 0xBB)
            depth -= depth > 0; /* » */
        else if (z[i] == 0xE2 && i + 2 < pos && z[i + 1] == 0x80 &&
                 z[i + 2] == 0x9C)
            depth++; /* “ */
        else if (z[i] == 0xE2 && i + 2 < pos && z[i + 1] == 0x80 &&
                 z[i + 2] == 0x9D)
            depth -= depth > 0; /* ” */
    }
    return depth > 0 || straight;
}

/* The sentence's one day-precise date, when it has exactly one, or NULL. */
static const rasd_date *sentence_day(const sentctx *c)
{
    const rasd_date *one = NULL;
    uint32_t lo = c->s->tok_first, hi = lo + c->s->tok_count;
    for (size_t i = 0; i < c->doc->ndates; i++) {
        const rasd_date *d = &c->doc->dates[i];
        if (d->tok_first < lo || d->tok_first >= hi)
            continue;
        if (one)
            return NULL;
        one = d;
    }
    return one && one->precision == 1 ? one : NULL;
}

/* Is date d part of a dateline: in the first words of a line, with a
 * dash or an opening bracket of the agency after it ("SAMARRA, Iraq, May 8
 * (Tigris Wire) -", "بغداد، 16 آذار -")? */
static int dateline_date(const rasd_doc *doc, const rasd_date *d)
{
    if (cl_line_back(doc, d->tok_first, 6) < 0)
        return 0;
    for (uint32_t k = d->tok_last + 1;
         k < doc->ntokens && k <= d->tok_last + 6; k++) {
        const rasd_token *t = &doc->tokens[k];
        if (t->flags & RASD_TOKF_LINE_START)
            return 0;
        /* a dash set apart ("(Reuters) -"), not a hyphen ("US-backed") */
        if (t->kind == RASD_TOK_PUNCT && t->start > 0 &&
            doc->text[t->start - 1] == ' ' &&
            (t->norm[0] == '-' || !strcmp(t->norm, "\xE2\x80\x94") ||
             !strcmp(t->norm, "\xE2\x80\x93")))
            return 1;
    }
    return 0;
}

/* "drones over Kassala, deadly shelling in Sennar": a weapon on the other
 * side of a comma from the anchor, with a place of its own on its side
 * (not a point a distance is measured from: "near Hit, about 150 km west
 * of Baghdad, when they came under fire"), is another item of a list. */
static int own_place_across_comma(const rasd_doc *doc, const lists *l,
                                  const rasd_match *w, uint32_t at)
{
    uint32_t lo = w->tok_last < at ? w->tok_last + 1 : at + 1;
    uint32_t hi = w->tok_last < at ? at : w->tok_first;
    uint32_t comma = UINT32_MAX;
    for (uint32_t t = lo; t < hi && comma == UINT32_MAX; t++)
        if (cl_is_comma_token(&doc->tokens[t]))
            comma = t;
    if (comma == UINT32_MAX)
        return 0;
    /* (and the anchor's side names a place of its own: "..., ما أسفر عن
     * مقتل قيادي" goes on telling the weapon's incident) */
    int mine = 0, theirs = 0;
    for (int i = 0; i < l->nplace; i++) {
        const rasd_match *p = l->place[i];
        if (cl_distance_ref(doc, l, p))
            continue;
        int wside = w->tok_last < at ? p->tok_last < comma : p->tok_first > comma;
        int between = w->tok_last < at ? p->tok_first > w->tok_last
                                       : p->tok_last < w->tok_first;
        if (wside && between)
            mine = 1;
        else if (!wside)
            theirs = 1;
    }
    return mine && theirs;
}

/* Does "after" / "بعد" stand between date d and the anchor at: a date
 * of the clause the incident is told after? */
static int after_between(const rasd_doc *doc, const rasd_date *d,
                         uint32_t at)
{
    uint32_t lo = d->tok_last < at ? d->tok_last + 1 : at + 1;
    uint32_t hi = d->tok_last < at ? at : d->tok_first;
    for (uint32_t t = lo; t < hi; t++) {
        const char *w = doc->tokens[t].norm;
        if (!strcmp(w, "after") || !strcmp(w, "\xD8\xA8\xD8\xB9\xD8\xAF"))
            return 1;
    }
    return 0;
}

/* The day-precise date of the latest mention before (ms, nms), or
 * NULL. */
static const rasd_date *previous_day(const mention *ms, size_t nms,
                                     int any_precision)
{
    /* (not the day a claim or a statement was made: "claimed the attack
     * on Tuesday ... In a separate attack the same night") */
    for (size_t k = nms; k-- > 0;)
        if (ms[k].date && !ms[k].date_weak)
            return ms[k].date->precision == 1 || any_precision ? ms[k].date
                                                               : NULL;
    return NULL;
}

/* Does the clause hold a sequel cue with then=1 ("حينئذ", "at the time"):
 * the time told before, a month or a day? */
static int then_cue(const lists *l)
{
    for (int i = 0; i < l->ncue; i++) {
        const char *t = rasd_entry_attr(l->cue[i]->entry, "then");
        if (l->ckind[i] == CK_SEQUEL && t && !strcmp(t, "1"))
            return 1;
    }
    return 0;
}

/* Does a place, or a place word other than a bare preposition, start in
 * tokens (from, to]? */
static int ground_in(const lists *l, uint32_t from, uint32_t to)
{
    for (int i = 0; i < l->nplace; i++)
        if (l->place[i]->tok_first > from && l->place[i]->tok_first <= to)
            return 1;
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        if (((l->ckind[i] == CK_PLACE_CUE && strcmp(m->entry->name, "in") &&
              strcmp(m->entry->name, "onto")) ||
             l->ckind[i] == CK_ANAPHOR) && /* "the town of Baiji" */
            m->tok_first > from && m->tok_first <= to)
            return 1;
    }
    return 0;
}

/* Does territory trigger t ("سيطروا على", "استولوا على", "took control
 * of") have ground for its object: a place or a place word right after
 * its preposition (على, "of": "سيطر مسلحو التنظيم على قرية"), or within
 * three words when it takes none ("اجتاح البلدة")?  "استولوا على عدد من
 * الدراجات النارية" took motorcycles, "تحرير الرهائن المحتجزين في مومباي"
 * freed hostages: neither took ground. */
static int territory_object(const rasd_doc *doc, const lists *l,
                            const rasd_match *t)
{
    for (uint32_t i = t->tok_last + 1; i <= t->tok_last + 5 && i < doc->ntokens;
         i++) {
        const char *w = doc->tokens[i].norm;
        if (!strcmp(w, "\xD8\xB9\xD9\x84\xD9\x8A") || /* علي (على) */
            !strcmp(w, "of"))
            return ground_in(l, i, i + 2);
    }
    return ground_in(l, t->tok_last, t->tok_last + 3);
}

/* Does sentence s open with a time of day, "13:05" (a live blog's
 * entry)? */
static int stamp_opens(const rasd_doc *doc, const rasd_sentence *s)
{
    if (s->tok_count < 3)
        return 0;
    const rasd_token *t = &doc->tokens[s->tok_first];
    if (t[0].kind != RASD_TOK_DIGITS || t[2].kind != RASD_TOK_DIGITS ||
        strcmp(t[1].norm, ":") || t[0].nnorm > 2 || t[2].nnorm != 2)
        return 0;
    int h = atoi(t[0].norm), m = atoi(t[2].norm);
    return h < 24 && m < 60;
}

/* Does the sentence follow a line that is only a time of day ("14:05",
 * "09:30 GMT"), or stand in a paragraph that opens with one, as the
 * entries of a live blog do? */
static int time_stamped(const sentctx *c)
{
    if (c->si == 0)
        return 0;
    const rasd_doc *doc = c->doc;
    const rasd_sentence *p = &doc->sents[c->si - 1];
    if (p->tok_count >= 3 && p->tok_count <= 4 && stamp_opens(doc, p))
        return 1;
    /* "13:05 - Heavy clashes are reported west of Maskanah. The SDF says
     * it repelled an attack there this morning": an entry that opens
     * with its time, every sentence of its paragraph */
    for (size_t si = c->si + 1; si-- > 0;) {
        const rasd_sentence *s = &doc->sents[si];
        if (stamp_opens(doc, s))
            return 1;
        if (s->tok_count == 0 ||
            (doc->tokens[s->tok_first].flags & RASD_TOKF_LINE_START))
            break;
    }
    return 0;
}

/* Does a weapon that is no aircraft start within three tokens after
 * trigger t ("ألقى مجهول قنبلة يدوية", "threw a grenade"), or end right
 * before its English passive ("a hand grenade was thrown")? */
static int munition_after(const rasd_doc *doc, const lists *l,
                          const rasd_match *t)
{
    int passive = cl_passive(doc, t);
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        const char *ws = rasd_entry_attr(w->entry, "sub");
        if (ws && !strcmp(ws, "Air/drone strike"))
            continue;
        if (w->tok_first > t->tok_last && w->tok_first <= t->tok_last + 3)
            return 1;
        if (passive && w->tok_last < t->tok_first &&
            w->tok_last + 3 >= t->tok_first)
            return 1;
    }
    return 0;
}

/* Does a person noun (a cue of kind person) or a count of people start
 * within gap tokens after trigger t?  (Not an actor: "أوقفت الجماعات هجماتها" names the
 * subject that stopped, not anyone taken.) */
static int person_after(const rasd_doc *doc, const lists *l,
                        const rasd_match *t, uint32_t gap)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_PERSON && l->cue[i]->tok_first > t->tok_last &&
            l->cue[i]->tok_first <= t->tok_last + gap)
            return 1;
    /* (or a number of them: "أوقفت مفرزة ثلاثة عناصر دعم") */
    const rasd_number *nu =
        cl_number_at(doc, t->tok_last + 1, t->tok_last + gap);
    return nu && cl_countable(doc, nu);
}

/* "مقتل أحد ضباطه", "one of its officers was killed": the number at sp
 * picks one of a group, a person named rather than a toll. */
static int one_of(const rasd_doc *doc, rasd_span sp)
{
    for (size_t i = 0; i < doc->ntokens; i++) {
        const rasd_token *t = &doc->tokens[i];
        if (t->start < sp.start)
            continue;
        if (t->start >= sp.end)
            break;
        if (!strcmp(t->key, "\xD8\xA7\xD8\xAD\xD8\xAF") ||        /* احد */
            !strcmp(t->key, "\xD8\xA7\xD8\xAD\xD8\xAF\xD9\x8A"))  /* احدي */
            return 1;
        if (!strcmp(t->norm, "one") && i + 1 < doc->ntokens &&
            !strcmp(doc->tokens[i + 1].norm, "of"))
            return 1;
    }
    return 0;
}

/* Is a weapon within gap tokens of trigger t, before or after it? */
static int weapon_near(const lists *l, const rasd_match *t, uint32_t gap)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        if ((w->tok_first > t->tok_last && w->tok_first <= t->tok_last + gap) ||
            (w->tok_last < t->tok_first && w->tok_last + gap >= t->tok_first))
            return 1;
    }
    return 0;
}

/* Does a weapon start within four tokens after trigger t ("إصابة امرأة
 * برصاص قناص", "wounded by sniper fire")? */
static int weapon_follows(const lists *l, const rasd_match *t)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        if (w->tok_first > t->tok_last && w->tok_first <= t->tok_last + 4)
            return 1;
    }
    return 0;
}

/* Does the clause name any aircraft or air strike (the lexicon's weapons
 * whose sub-event is an air strike, vague words included)? */
static int air_weapon(const lists *l)
{
    for (int i = 0; i < l->nweapon; i++) {
        const char *ws = rasd_entry_attr(l->weapon[i]->entry, "sub");
        if (ws && !strcmp(ws, "Air/drone strike"))
            return 1;
    }
    return 0;
}

/* Does the clause name a crewed air attack (an air strike, warplanes,
 * helicopters: the lexicon's airstrike weapons that are no vague word)? */
/* A drone named before trigger t, as its subject (within 8 words), or
 * NULL. */
static const rasd_match *drone_subject(const lists *l, const rasd_match *t)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        const char *v = rasd_entry_attr(w->entry, "weapon");
        const char *gen = rasd_entry_attr(w->entry, "generic");
        if (v && !strcmp(v, "drone") && !(gen && !strcmp(gen, "1")) &&
            w->tok_last < t->tok_first && t->tok_first - w->tok_last <= 8)
            return w;
    }
    return NULL;
}

static int crewed_aircraft(const lists *l)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_entry *e = l->weapon[i]->entry;
        const char *v = rasd_entry_attr(e, "weapon");
        const char *gen = rasd_entry_attr(e, "generic");
        if (v && !strcmp(v, "airstrike") && !(gen && !strcmp(gen, "1")))
            return 1;
    }
    return 0;
}

/* Does a weapon that is not an aircraft end at most three tokens before
 * launch verb t ("صاروخ أطلقته", "a missile fired")? */
static int munition_before(const lists *l, const rasd_match *t)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        const char *ws = rasd_entry_attr(w->entry, "sub");
        if (w->tok_last < t->tok_first && t->tok_first - w->tok_last <= 3 &&
            !(ws && !strcmp(ws, "Air/drone strike")))
            return 1;
    }
    return 0;
}

/* Is d a day an incident can begin on after "since": today, this
 * morning, yesterday ("منذ صباح أمس"), not a date that opens a period
 * ("منذ السابع من أكتوبر", "since October 7")? */
static int began_on(const rasd_doc *doc, const rasd_date *d)
{
    if (d->flags & RASD_DATEF_TODAY)
        return 1;
    if (d->precision != 1 || !(d->flags & RASD_DATEF_RELATIVE))
        return 0;
    for (uint32_t i = d->tok_first; i <= d->tok_last; i++) {
        const char *w = doc->tokens[i].key;
        if (!strcmp(w, "\xD8\xA7\xD9\x85\xD8\xB3") || /* امس */
            !strcmp(w, "yesterday"))
            return 1;
    }
    return 0;
}

static mention *new_mention(rasd_arena *a, mention **out, size_t *n,
                            size_t *cap)
{
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        mention *m = rasd_arena_alloc(a, ncap * sizeof *m);
        if (m == NULL)
            return NULL;
        if (*n)
            memcpy(m, *out, *n * sizeof *m);
        *out = m;
        *cap = ncap;
    }
    mention *mt = &(*out)[(*n)++];
    memset(mt, 0, sizeof *mt);
    mt->weapon_count = mt->fatalities = mt->wounded = -1;
    return mt;
}

/* The mentions of tokens [lo, hi) of a sentence: one clause.  past_clause
 * is 1 for a clause that an `after` cue opened ("in response to the
 * attacks on..."): it speaks of an earlier incident; 2 when the cue says
 * the incident was hours before ("hours after"); 3 for a clause that a
 * `clause` cue opened ("في حين"), or the one before it. */
/* The clause's tally over a period (pattern cue, tally=1), or NULL. */
static const rasd_match *tally_in(const lists *l, uint32_t at)
{
    for (int i = 0; i < l->ncue; i++) {
        const char *t = rasd_entry_attr(l->cue[i]->entry, "tally");
        if (l->ckind[i] != CK_PATTERN || !t || strcmp(t, "1"))
            continue;
        /* "سقطت قذائف على مركز الشرطة، فيما نزحت عائلات خلال العام
         * الجاري": the period after "فيما" counts what its own clause
         * says, not the incident before it */
        int own = 1;
        for (int j = 0; j < l->ncue; j++)
            if (l->ckind[j] == CK_WHILST && l->cue[j]->tok_first > at &&
                l->cue[j]->tok_first < l->cue[i]->tok_first)
                own = 0;
        if (own)
            return l->cue[i];
    }
    return NULL;
}

static int since_today(const rasd_doc *doc, const rasd_match *m);

/* Is since cue m a comparison ("الأعنف في المملكة منذ ...", "the
 * deadliest since"): a superlative cue ends at most four words before
 * it? */
static int compared(const sentctx *c, const rasd_match *m)
{
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *s = &c->m[i];
        if (s->tok_first >= m->tok_first)
            break;
        if (s->entry->cls == RASD_CLASS_CUE &&
            kinds_cue(s->entry) == CK_SUPERLATIVE &&
            s->tok_last < m->tok_first && m->tok_first - s->tok_last <= 4 &&
            s->tok_first >= c->s->tok_first)
            return 1;
    }
    return 0;
}

/* Does a `since` phrase of a past day (not "since this morning") stand in
 * the sentence before the clause that starts at lo? */
static int since_earlier(const sentctx *c, uint32_t lo)
{
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *m = &c->m[i];
        if (m->tok_first >= lo)
            break;
        if (m->entry->cls == RASD_CLASS_CUE && kinds_cue(m->entry) == CK_SINCE &&
            m->tok_first >= c->s->tok_first && !since_today(c->doc, m) &&
            !compared(c, m))
            return 1;
    }
    return 0;
}

/* Does a `since` phrase begin where the clause ends (at token hi)? */
static int since_at(const sentctx *c, uint32_t hi)
{
    for (size_t i = 0; i < c->nm; i++)
        if (c->m[i].tok_first == hi && c->m[i].entry->cls == RASD_CLASS_CUE &&
            kinds_cue(c->m[i].entry) == CK_SINCE)
            return 1;
    return 0;
}

/* Does a military source of state actor a's country report in the
 * clause ("the Pentagon", "CENTCOM" for US forces)? */
static int own_military(const lists *l, const rasd_entry *a)
{
    const char *ac = rasd_entry_attr(a, "country");
    if (ac == NULL || strcmp(a->kind, "state"))
        return 0;
    for (int i = 0; i < l->nsource; i++) {
        const char *sc = rasd_entry_attr(l->source[i]->entry, "country");
        if (!strcmp(l->source[i]->entry->kind, "military") && sc &&
            !strcmp(sc, ac))
            return 1;
    }
    return 0;
}

/* Does the clause name an actor by an anaphor ("the same group",
 * "الجماعة ذاتها": an anaphor cue whose refers= lists group)? */
static int group_anaphor(const lists *l)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_ANAPHOR &&
            kinds_listed(rasd_entry_attr(l->cue[i]->entry, "refers"), "group"))
            return 1;
    return 0;
}

/* "No casualties were reported": a toll of none, dead and wounded, that
 * cue says, where no count was read. */
static void no_casualties_from(mention *mt, const rasd_match *cue)
{
    if (mt->fatalities < 0) {
        mt->fatalities = 0;
        mt->fat_span.start = cue->start;
        mt->fat_span.end = cue->end;
    }
    if (mt->wounded < 0) {
        mt->wounded = 0;
        mt->wnd_span.start = cue->start;
        mt->wnd_span.end = cue->end;
    }
}

/* Does a cue of the kind start at most gap tokens after token tok? */
static int cue_after(const lists *l, int kind, uint32_t tok, uint32_t gap)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == kind && l->cue[i]->tok_first > tok &&
            l->cue[i]->tok_first - tok <= gap)
            return 1;
    return 0;
}

/* Does the clause tell an arrest, an abduction or a fire with a verb
 * ("اعتقلت", "اختطفوا", "أحرقوا", "arrested")? */
static int side_verb(const rasd_doc *doc, const lists *l)
{
    for (int i = 0; i < l->ntrig; i++)
        if ((l->tkind[i] == TK_ARREST || l->tkind[i] == TK_ABDUCT ||
             l->tkind[i] == TK_ARSON) &&
            (cl_verb_like(doc, l->trig[i]) || cl_english_verb(doc, l->trig[i]) ||
             /* ("أقدم مسلحون ... على إحراق منزلين": a light verb's
              * masdar) */
             cl_is_cue_before(l, CK_LIGHT, l->trig[i]->tok_first,
                              l->trig[i]->tok_first - l->sent_first)))
            return 1;
    return 0;
}

/* The attacker of the latest mention before self that is a named group,
 * or NULL. */
static const rasd_match *last_group(const mention *ms, size_t nms,
                                    const mention *self)
{
    for (size_t k = nms; k-- > 0;) {
        if (&ms[k] == self || ms[k].actor1 == NULL)
            continue;
        if (!strcmp(ms[k].actor1->entry->kind, "group"))
            return ms[k].actor1;
    }
    return NULL;
}

static int find_clause(const sentctx *c, uint32_t lo, uint32_t hi,
                       int past_clause, rasd_arena *a, mention **out,
                       size_t *n, size_t *cap)
{
    const rasd_doc *doc = c->doc;
    lists l;
    cl_classify(c, lo, hi, &l);

    /* The anchor: the first trigger that can carry an event.  A trigger
     * named as what someone is charged with ("اعتقال سبعة من المتورطين
     * في النزاع", "arrested men suspected of the bombing") anchors only
     * when no other trigger can. */
    int ia = -1, tkind = TK_NONE, best_rank = 0;
    const rasd_match *specific = NULL;
    int kinds_seen = 0;
    unsigned char can_anchor[MAXM] = {0}; /* passed every test below */
    int free_anchor = 0, seized = 0, fought = 0;
    for (int i = 0; i < l.ntrig; i++) {
        free_anchor |= cl_anchors(l.tkind[i]) &&
                       !cl_is_cue_before(&l, CK_TOPIC, l.trig[i]->tok_first, 2);
        seized |= l.tkind[i] == TK_SEIZE;
        fought |= l.tkind[i] == TK_ATTACK || l.tkind[i] == TK_CLASH ||
                  l.tkind[i] == TK_AMBUSH || l.tkind[i] == TK_KILL;
    }
    /* "إصابة امرأة برصاص قناص", "a man was wounded by sniper fire": a
     * wound the weapon that made it follows closely is the incident when
     * nothing else in the clause is one */
    int any_anchor = 0;
    for (int i = 0; i < l.ntrig; i++)
        any_anchor |= cl_anchors(l.tkind[i]);
    for (int i = 0; i < l.ntrig; i++) {
        int tk = l.tkind[i];
        kinds_seen |= 1 << tk;
        if (!cl_anchors(tk) &&
            !(tk == TK_WOUND && !any_anchor && weapon_follows(&l, l.trig[i])))
            continue;
        if (free_anchor && cl_is_cue_before(&l, CK_TOPIC, l.trig[i]->tok_first, 2))
            continue;
        /* a vague word ("ضربة": a strike, or a blow) names no type, and
         * carries no event without a weapon beside it ("ضربة لسلطة مشرف") */
        const char *gen = rasd_entry_attr(l.trig[i]->entry, "generic");
        int vague = gen && !strcmp(gen, "1");
        if (vague && !cl_specific_weapon(&l))
            continue;
        const char *needs = rasd_entry_attr(l.trig[i]->entry, "needs");
        if (needs && !strcmp(needs, "munition") &&
            !munition_after(doc, &l, l.trig[i]))
            continue;
        /* "اعترضوا سيارة المنظمة": stopped a car; what is intercepted
         * is a projectile or an aircraft named beside the verb */
        if (needs && !strcmp(needs, "projectile") &&
            !weapon_near(&l, l.trig[i], 4))
            continue;
        /* "أوقفت مفرزة ثلاثة عناصر": arrested the people named after
         * it; "أوقف القتال": halted */
        if (needs && !strcmp(needs, "person") &&
            !person_after(doc, &l, l.trig[i], 6))
            continue;
        const char *ev = rasd_entry_attr(l.trig[i]->entry, "event");
        if (tk == TK_SEIZE && ev && !strcmp(ev, "Battles") &&
            !territory_object(doc, &l, l.trig[i]))
            continue;
        /* "اعتقلت ثلاثة شبان خلال المواجهات": a fight named as the
         * setting of a side incident told with a verb frames it */
        if ((tk == TK_CLASH || tk == TK_ATTACK) &&
            cl_is_cue_before(&l, CK_DURING, l.trig[i]->tok_first, 1) &&
            side_verb(doc, &l))
            continue;
        if (ia < 0)
            ia = i;
        can_anchor[i] = 1;
        int rank = vague ? 1 : cl_trigger_rank(tk);
        /* "اعتقال سبعة ... وضبطت بحوزتهم قطع سلاح": weapons seized in an
         * arrest are part of the arrest (ACLED: Arrests) */
        const char *raid = rasd_entry_attr(l.trig[i]->entry, "raid");
        if (tk == TK_ARREST && seized && !(raid && !strcmp(raid, "1")))
            rank = 8;
        /* "The convoy was raiding a hideout when it came under fire": a
         * raid that meets fire or kills is the setting of that fight */
        if (tk == TK_ARREST && fought && raid && !strcmp(raid, "1"))
            rank = 0;
        /* "US aircraft struck ... describing the raids": raids from the
         * air are strikes, not the raids of an arrest */
        if (tk == TK_ARREST && air_weapon(&l))
            rank = 1;
        /* "أصيب أربعة مواطنين خلال هجوم للمستوطنين أحرقوا خلاله منزلين":
         * houses burnt where people were hurt are the attack's damage */
        if (tk == TK_ARSON &&
            (cl_has_cue(&l, CK_KILLED) || cl_has_cue(&l, CK_WOUNDED)))
            rank = 0;
        if (rank > best_rank || specific == NULL) {
            best_rank = rank;
            specific = l.trig[i];
            tkind = tk;
        }
    }
    if (ia < 0)
        return 0;
    /* The main predicate is a verb when there is one ("the attack came
     * after drones targeted the base": targeted); a sentence of nouns
     * anchors on its first trigger. */
    for (int i = 0; i < l.ntrig; i++) {
        const char *gen = rasd_entry_attr(l.trig[i]->entry, "generic");
        if (can_anchor[i] &&
            (cl_verb_like(doc, l.trig[i]) || cl_english_verb(doc, l.trig[i]) ||
             cl_is_cue_before(&l, CK_LIGHT, l.trig[i]->tok_first, 3)) &&
            !(gen && !strcmp(gen, "1") && !cl_specific_weapon(&l))) {
            ia = i;
            break;
        }
    }
    const rasd_match *anchor = l.trig[ia];
    uint32_t at = anchor->tok_first;

    int open_ended = 0;
    /* Not an event: negated, threatened, called for, planned. */
    if (cl_is_cue_before(&l, CK_NEGATION, at, 2) || cl_denied_rumour(&l, at))
        return 0;
    for (int i = 0; i < l.ncue; i++) {
        int k = l.ckind[i];
        const char *reach = rasd_entry_attr(l.cue[i]->entry, "reach");
        uint32_t before = reach ? (uint32_t)strtoul(reach, NULL, 10) : 10;
        if ((k == CK_FUTURE || k == CK_STATEMENT || k == CK_IDIOM) &&
            l.cue[i]->tok_last < at && at - l.cue[i]->tok_last <= before)
            return 0;
        /* "قتل خمسة أشخاص في حادث سير", "killed when a gas cylinder
         * exploded": a sense that is not violence, a few words on */
        if (k == CK_IDIOM && l.cue[i]->tok_first > anchor->tok_last &&
            l.cue[i]->tok_first - anchor->tok_last <= 6)
            return 0;
        /* "وتشن القوات عمليات مستمرة", "ongoing operations": open-ended
         * (a pattern cue with open=1 a few words after the trigger) */
        if (k == CK_PATTERN && l.cue[i]->tok_first > anchor->tok_last &&
            l.cue[i]->tok_first - anchor->tok_last <= 5) {
            const char *open = rasd_entry_attr(l.cue[i]->entry, "open");
            if (open && !strcmp(open, "1"))
                open_ended = 1;
        }
        /* "ضربة جوية محتملة", "ضربة أميركية أو إسرائيلية محتملة", "a
         * possible strike" */
        if (k == CK_FUTURE &&
            l.cue[i]->tok_first > anchor->tok_last &&
            l.cue[i]->tok_first - anchor->tok_last <= 5)
            return 0;
    }

    /* What was used: the weapon nearest the anchor. */
    const rasd_match *weapon = NULL;
    uint32_t wd = UINT32_MAX;
    int wcounted = -1; /* rank of the chosen weapon */
    for (int i = 0; i < l.nweapon; i++) {
        uint32_t d = cl_dist(l.weapon[i]->tok_first, at);
        /* "...12 attacks by rockets and drones": a weapon far from the
         * trigger belongs to something else the sentence says */
        if (d > 20 ||
            own_place_across_comma(doc, &l, l.weapon[i], at))
            continue;
        /* "a target used to store drones and missiles": what was hit,
         * not what hit it (a seizure's cache is what it seized) */
        if (tkind != TK_SEIZE &&
            cl_is_cue_before(&l, CK_STOCK, l.weapon[i]->tok_first, 3))
            continue;
        /* "ثلاثة صواريخ من نوع كاتيوشا": the counted word names the
         * weapon and its number, the type after it only refines it */
        /* the means ("بطائرة مسيرة") over the kind of attack ("غارة",
         * an air strike), yet an air strike's own word over weapons
         * that are often its targets ("strikes on rocket launchers") */
        /* (a vague word as the means, "بقذائف", does not outrank the
         * named weapon beside it: "لقصف مدفعي إسرائيلي بقذائف فوسفورية") */
        const char *vague = rasd_entry_attr(l.weapon[i]->entry, "generic");
        int rank = cl_counted_weapon(doc, &l, l.weapon[i]) * 2 +
                   (cl_instrument(doc, l.weapon[i]) &&
                    !(vague && !strcmp(vague, "1")));
        if (rank > wcounted || (rank == wcounted && d < wd)) {
            wd = d;
            weapon = l.weapon[i];
            wcounted = rank;
        }
    }
    /* "صاروخ أطلقته الطائرة المسيرة", "a missile fired by a drone": the
     * aircraft that launched it, the launch verb's subject, makes it an
     * air strike */
    for (int k = 0; k < l.ntrig; k++) {
        const rasd_match *t = l.trig[k];
        if (l.tkind[k] != TK_LAUNCH ||
            !(cl_verb_like(doc, t) || cl_english_verb(doc, t)) ||
            !munition_before(&l, t))
            continue;
        for (int i = 0; i < l.nweapon; i++) {
            const rasd_match *w = l.weapon[i];
            const char *ws = rasd_entry_attr(w->entry, "sub");
            const char *gen = rasd_entry_attr(w->entry, "generic");
            if (w->tok_first > t->tok_last && w->tok_first <= t->tok_last + 3 &&
                cl_dist(w->tok_first, at) <= 20 && ws &&
                !strcmp(ws, "Air/drone strike") && !(gen && !strcmp(gen, "1")))
                weapon = w;
        }
    }
    const char *sub = NULL;
    int sub_explicit = 0;
    if (tkind == TK_SUICIDE || tkind == TK_SEIZE || tkind == TK_ARREST ||
        tkind == TK_ABDUCT) {
        sub = rasd_entry_attr(specific->entry, "sub");
        sub_explicit = sub != NULL;
        /* "the RSF said they had seized Wad Madani": a seizure of a town,
         * not of weapons, when a place is its object and no weapon is
         * named */
        if (tkind == TK_SEIZE && sub && !strcmp(sub, SUB_DISRUPTED) &&
            l.nweapon == 0 && territory_object(doc, &l, specific))
            sub = SUB_OVERTAKE;
    }
    /* Fighting is fighting whatever arms it used ("المعارك ... وسط قصف
     * متبادل بالمدفعية", "clashes with heavy weapons"): the weapon fills
     * the weapon slot, not the type. */
    if (sub == NULL && tkind == TK_CLASH && !cl_actor_participle(doc, &l, specific)) {
        sub = rasd_entry_attr(specific->entry, "sub");
        sub_explicit = sub != NULL;
    }
    /* An air strike is an air strike whatever it hit (rocket depots,
     * drone workshops): the weapon words nearby are often its targets. */
    if (sub == NULL && tkind == TK_STRIKE && best_rank > 1) {
        sub = rasd_entry_attr(specific->entry, "sub");
        sub_explicit = sub != NULL;
    }
    /* "تعرضوا للضرب", "اغتصاب", "a chemical attack": a word that names
     * its kind by itself (specific=1) */
    for (int i = 0; sub == NULL && i < l.ntrig; i++) {
        const char *sp = rasd_entry_attr(l.trig[i]->entry, "specific");
        if (sp && !strcmp(sp, "1")) {
            sub = rasd_entry_attr(l.trig[i]->entry, "sub");
            sub_explicit = sub != NULL;
        }
    }
    if (sub == NULL && weapon) {
        /* a vague weapon word ("a projectile", "ضربة") says little */
        const char *gen = rasd_entry_attr(weapon->entry, "generic");
        sub = rasd_entry_attr(weapon->entry, "sub");
        sub_explicit = sub != NULL && !(gen && !strcmp(gen, "1"));
    }
    /* "عدوانا جويا برشقات من الصواريخ", "an air raid with missiles": the
     * munitions of an air attack are an air strike's */
    if (sub && weapon && !strcmp(sub, SUB_SHELL) && crewed_aircraft(&l))
        sub = "Air/drone strike";
    /* "الطائرة المسيرة التركية استهدفت السيارة بصاروخ", "a drone fired a
     * missile": the drone that fired it is the means of a drone strike */
    if (sub && weapon && !strcmp(sub, SUB_SHELL)) {
        const rasd_match *d = drone_subject(&l, anchor);
        if (d) {
            sub = "Air/drone strike";
            weapon = d;
        }
    }
    if (sub == NULL && best_rank > 1) {
        sub = rasd_entry_attr(specific->entry, "sub");
        /* "three explosions", "killed two": the blast or the deaths say
         * nothing of their cause, so the article's framing may still name
         * it (SCHEMA) */
        sub_explicit = sub != NULL && tkind != TK_EXPLODE &&
                       tkind != TK_KILL && tkind != TK_SHELL;
    }
    if (sub == NULL)
        sub = SUB_SHELL; /* SCHEMA: no weapon, no framing */

    /* Where: one mention per target place group. */
    pgroup g[8];
    const char *country = NULL;
    /* A verb reaches its object further than a noun; a definite noun
     * ("the attack") refers back and takes only a target right after it
     * ("the attack on the base"). */
    int strength = cl_verb_like(doc, anchor) || cl_english_verb(doc, anchor) ? 2
                   : (doc->tokens[at].clitics & RASD_CLITIC_AL) ? 0
                                                                : 1;
    /* "قام مسلحون بخطف", "تعرض لمحاولة اغتيال", "شنت هجوما": a verbal
     * noun after a light verb reports as a verb does */
    if (strength < 2 && cl_is_cue_before(&l, CK_LIGHT, at, 3))
        strength = 2;
    /* "الذي اغتالته إسرائيل", "who was killed": a relative clause
     * describes, the way a noun names */
    if (strength == 2 && cl_is_cue_before(&l, CK_RELATIVE, at, 1))
        strength = 1;
    int ng = cl_group_places(doc, &l, g, &country, c->home, c->home_at);
    if (ng == 0) {
        /* "وكانت المدينة قد تعرضت لهجوم": the place named before */
        const rasd_match *back = cl_anaphor_place(c, &l, anchor, *out, *n);
        if (back) {
            g[0].best = back;
            g[0].first_tok = g[0].last_tok = anchor->tok_last;
            g[0].reach = 1;
            ng = 1;
        }
    }
    /* The target is the place nearest after the trigger (or just before
     * it); places listed with it side by side ("in Baghdad, Babil and
     * Anbar") are targets too, each its own event (SCHEMA: one place on
     * one day is one incident). */
    if (ng > 0) {
        int best = -1;
        uint32_t bd = UINT32_MAX;
        for (int k = 0; k < ng; k++) {
            if (!g[k].reach)
                continue;
            uint32_t p = g[k].best->tok_first; /* the most specific */
            uint32_t d = p >= at ? p - at : (at - p) * 3;
            if (d < bd) {
                bd = d;
                best = k;
            }
        }
        /* A long clause ("قتل ثلاثة مدنيين ... بانفجار لغم أرضي ... أثناء
         * بحثهم عن الكمأة في بادية مدينة السخنة"): with nothing in reach,
         * the first place a place cue brings in after the anchor, when
         * the clause names the means (a concrete incident, not talk of
         * the war in Gaza) */
        /* (a clash names its sides first, an ambush its victims: "اشتباكات بين مقاتلين من
         * العشائر ... وعناصر قسد ... على أطراف منبج"; an arrest or a
         * kidnapping its people: "إلقاء القبض على أربعة متهمين ... في
         * قرية ... شرقي تكريت"; a suicide bomber is the means: "A suicide
         * bomber rammed a car into a checkpoint outside a hotel in the
         * town of ...") */
        /* (measured from the trigger nearest before the place: "قُتل
         * ثلاثة جنود ... إثر انفجار عبوة ناسفة زرعها مسلحون ... في قضاء
         * شمدينلي") */
        for (int k = 0; best < 0 &&
                        (l.nweapon > 0 || tkind == TK_CLASH ||
                         tkind == TK_AMBUSH || tkind == TK_ARREST ||
                         tkind == TK_ABDUCT || tkind == TK_SUICIDE) &&
                        k < ng;
             k++) {
            const rasd_match *from = cl_trigger_before(&l, g[k].first_tok);
            if (from == NULL || from->tok_first < anchor->tok_first)
                from = anchor;
            if (g[k].first_tok > from->tok_last &&
                g[k].first_tok - from->tok_last <=
                    (tkind == TK_CLASH || tkind == TK_AMBUSH ? 2 * FAR_REACH
                                                              : FAR_REACH) &&
                cl_is_cue_before(&l, CK_PLACE_CUE, g[k].first_tok, 2))
                best = k;
        }
        /* "Defense systems at Iraq's Ain al-Asad air base, which hosts
         * US forces, intercepted two drones": the clause's one place,
         * in its subject */
        if (best < 0 && l.nweapon > 0 && ng == 1 && g[0].last_tok < at &&
            at - g[0].last_tok <= FAR_REACH &&
            cl_is_cue_before(&l, CK_PLACE_CUE, g[0].first_tok, 2))
            best = 0;
        pgroup keep[8];
        int nk = 0;
        if (best >= 0)
            keep[nk++] = g[best];
        for (int k = best + 1; best >= 0 && k < ng; k++) {
            if (!cl_listed_with(doc, &l, keep[nk - 1].last_tok, g[k].first_tok))
                break;
            keep[nk++] = g[k];
        }
        for (int k = 0; k < nk; k++)
            g[k] = keep[k];
        ng = nk;
    }

    /* When: the date nearest the anchor. */
    const rasd_date *date = NULL, *far = NULL;
    uint32_t dd = UINT32_MAX;
    int ndates = 0, date_weak = 0, nplain = 0, nbefore = 0;
    const rasd_date *first_after = NULL;
    const rasd_date *plain = NULL;
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        if (d->tok_first < lo)
            continue;
        if (d->tok_first >= hi)
            break;
        /* "since early February", "منذ نيسان": a time reference, not
         * the day of this event; but what began this morning happened
         * today ("منذ صباح اليوم", "since this morning") */
        if (cl_is_cue_before(&l, CK_SINCE, d->tok_first, 2) &&
            !began_on(doc, d))
            continue;
        /* "SAMARRA, May 8 (Reuters) -": when the report was filed */
        if (dateline_date(doc, d))
            continue;
        ndates++;
        if (d->tok_first < at)
            nbefore++;
        else if (first_after == NULL)
            first_after = d;
        /* "sources said on Monday": the day of the report */
        int reported = cl_is_cue_before(&l, CK_REPORT, d->tok_first, 2);
        if (!reported && d->date.y) {
            nplain++;
            plain = d;
        }
        uint32_t dt = cl_dist(d->tok_first, at);
        /* "أفاد مصدر، اليوم الثلاثاء، بأن جنديين قتلا مساء أمس": today is
         * when it is reported; a report's other day is the incident's */
        int weak = (d->flags & RASD_DATEF_TODAY) != 0 ||
                   /* "said on Tuesday that 120 had been killed ... on
                    * Monday": the report's day yields to another */
                   (reported && d->precision == 1);
        if (dt > 14 || after_between(doc, d, at)) {
            far = d; /* another clause's time, unless it is the only one
                        ("declared mourning on Sunday after gunmen
                        attacked ... on Saturday") */
        } else if (date == NULL || weak < date_weak ||
                   (weak == date_weak && dt < dd)) {
            dd = dt;
            date = d;
            date_weak = weak;
        }
    }
    if (date == NULL && ndates == 1)
        date = far;
    /* "attacked a checkpoint west of the town of Rutba in Anbar province
     * last Friday, ..., sources said on Monday": a far day is the
     * clause's when the only other is the report's */
    if (date == NULL && nplain == 1)
        date = plain;
    /* "اندلعت اشتباكات ... (twenty words) ... ليل الجمعة، وامتدت حتى
     * مساء السبت": far days all after the trigger, the first is when it
     * began */
    if (date == NULL && first_after && first_after->precision == 1 &&
        first_after->date.y &&
        nbefore == 0)
        date = first_after;
    /* "الثاني خلال الشهر الجاري، إذ سبق أن استهدف ... في السابع من كانون
     * الأول": a month in reach frames the clause; a day of that month in
     * reach is when it happened */
    if (date && date->precision == 3 && date->date.y)
        for (size_t i = 0; i < doc->ndates; i++) {
            const rasd_date *d = &doc->dates[i];
            if (d->tok_first >= lo && d->tok_first < hi &&
                d->precision == 1 && cl_dist(d->tok_first, at) <= 14 &&
                d->date.y == date->date.y && d->date.m == date->date.m &&
                !cl_is_cue_before(&l, CK_SINCE, d->tok_first, 2) &&
                !dateline_date(doc, d))
                date = d;
        }
    /* "أمس الإثنين 15-7-2024" in a statement quoted the next day: the
     * day written out beside a relative one is the day */
    if (date && (date->flags & RASD_DATEF_RELATIVE))
        for (size_t i = 0; i < doc->ndates; i++) {
            const rasd_date *d = &doc->dates[i];
            if (d != date && !(d->flags & RASD_DATEF_RELATIVE) &&
                d->precision == 1 && d->tok_first > date->tok_last &&
                d->tok_first <= date->tok_last + 2)
                date = d;
        }
    /* "قصفت الطائرات إدلب، في حين استهدفت المدفعية كفرنبل اليوم": clauses
     * a `clause` cue joins share the sentence's one day */
    if (date == NULL && ndates == 0 && past_clause == 3)
        date = sentence_day(c);
    /* "عثرت بعد نحو ساعة على منصة", "an hour later": the day of the
     * incident told just before */
    if (date == NULL && ndates == 0 && cl_has_cue(&l, CK_SEQUEL))
        date = previous_day(*out, *n, then_cue(&l));
    /* an open-ended pattern is no incident unless a day bounds it
     * ("قصف متواصل على المدينة اليوم" is today's) */
    if (open_ended && !(date && date->precision == 1))
        return 0;

    for (int k = 0; k < (ng ? ng : 1); k++) {
        mention *mt = new_mention(a, out, n, cap);
        int pattern = 0;
        if (mt == NULL)
            return RASD_ENOMEM;
        mt->sent = c->si;
        mt->tok = at;
        mt->trigger = specific;
        mt->tkind = tkind;
        mt->sub = sub;
        mt->sub_explicit = sub_explicit;
        mt->place = ng ? g[k].best : NULL;
        mt->country = mt->place ? mt->place->entry->country : country;
        mt->date = date;
        mt->weapon = weapon;
        if (weapon) {
            cl_weapon_count(doc, &l, weapon, mt);
            mt->weapon_means = cl_instrument(doc, weapon);
        }
        cl_assign_actors(c, &l, anchor, tkind, mt);
        /* "the Pentagon confirmed that US forces conducted a strike": a
         * state's own military reporting its forces' strike claims it */
        if (mt->actor1 && own_military(&l, mt->actor1->entry))
            mt->own_claim = 1;
        /* "an attack also claimed by the same group": the group named
         * last */
        if (mt->actor1 == NULL && group_anaphor(&l))
            mt->actor1 = last_group(*out, *n, mt);
        /* "CENTCOM announced it carried out air strikes": a state's
         * military announcing an air strike names its own forces. */
        if (mt->actor1 == NULL && (tkind == TK_STRIKE || cl_is_air(weapon)))
            cl_actor_from_source(c, &l, anchor, 0, mt);
        /* "أعلنت القيادة المركزية الأمريكية قتل قيادي": a military
         * announcing a killing (agentive=1) right after its name did it */
        /* who took the ground decides ACLED's name for it: "forces
         * loyal to the government had taken full control of Sirte" */
        if (mt->actor1 && (!strcmp(mt->sub, SUB_OVERTAKE) ||
                           !strcmp(mt->sub, SUB_REGAIN))) {
            const char *inter = rasd_entry_attr(mt->actor1->entry, "inter");
            const char *ac = rasd_entry_attr(mt->actor1->entry, "country");
            /* a state's own forces regain; a foreign army ("Turkish troops
             * seized Ras al-Ain") takes ground as any other actor does */
            int state = inter && !strcmp(inter, "State forces") &&
                        !(ac && mt->country && strcmp(ac, mt->country));
            mt->sub = state ? SUB_REGAIN : SUB_OVERTAKE;
        }
        for (int t = 0; mt->actor1 == NULL && t < l.ntrig; t++) {
            const char *ag = rasd_entry_attr(l.trig[t]->entry, "agentive");
            if (ag && !strcmp(ag, "1"))
                cl_actor_from_source(c, &l, l.trig[t], 1, mt);
        }

        /* Casualties and outcome cues. */
        const rasd_match *no_casualties = NULL;
        for (int i = 0; i < l.ncue; i++) {
            const rasd_match *cue = l.cue[i];
            rasd_span sp = {0, 0};
            switch (l.ckind[i]) {
            case CK_KILLED:
                if (mt->fatalities < 0) {
                    mt->fatalities = cl_casualties(doc, &l, c->s, cue, &sp);
                    mt->fat_span = sp;
                    /* "بمقتل قيادي": one person named, not a toll */
                    mt->toll_implicit = mt->fatalities == 1 &&
                                        (!cl_number_in(doc, sp) ||
                                         one_of(doc, sp));
                    /* "one of the two attackers killed", "مقتل ثلاثة من
                     * المهاجمين": the attackers counted */
                    for (int j = 0; j < l.ncue; j++)
                        if (l.ckind[j] == CK_ATTACKERS && sp.end &&
                            l.cue[j]->start >= sp.end &&
                            l.cue[j]->start <= sp.end + 8)
                            mt->toll_attackers = 1;
                    /* "عدد من القتلى", "أسفر عن إصابة جنود": no number,
                     * yet something struck */
                    if (!cl_is_cue_before(&l, CK_NEGATION, cue->tok_first, 3))
                        mt->signals |= SIG_HIT;
                }
                break;
            case CK_WOUNDED:
                if (mt->wounded < 0) {
                    mt->wounded = cl_casualties(doc, &l, c->s, cue, &sp);
                    mt->wnd_span = sp;
                    if (!cl_is_cue_before(&l, CK_NEGATION, cue->tok_first, 3))
                        mt->signals |= SIG_HIT;
                }
                break;
            case CK_NO_CASUALTIES:
                /* (applied once the kill words have counted: "أسفر عن
                 * مقتل 11 من المتسللين ... دون وقوع إصابات" is 11 dead
                 * on one side, none on the other) */
                no_casualties = cue;
                break;
            case CK_DAMAGE:
                /* "اعترضت ودمرت طائرتين", "intercepted and destroyed":
                 * what the defence destroyed is the weapon */
                if (cl_intercept_before(&l, cue->tok_first, 3))
                    break;
                /* "من دون أن تسفر عن أي أضرار", "without causing any
                 * damage" */
                if (cl_is_cue_before(&l, CK_NEGATION, cue->tok_first, 5)) {
                    mt->signals |= SIG_NODAMAGE;
                    mt->outcome_span.start = cue->start;
                    mt->outcome_span.end = cue->end;
                    break;
                }
                mt->signals |= SIG_HIT;
                mt->outcome_span.start = cue->start;
                mt->outcome_span.end = cue->end;
                break;
            case CK_NO_DAMAGE:
                mt->signals |= SIG_NODAMAGE;
                mt->outcome_span.start = cue->start;
                mt->outcome_span.end = cue->end;
                break;
            case CK_PAST: {
                const char *bs = rasd_entry_attr(cue->entry, "backshift");
                if (bs && !strcmp(bs, "1") &&
                    (cl_is_cue_before(&l, CK_REPORT, cue->tok_first,
                                      cue->tok_first - l.sent_first) ||
                     (l.nsource > 0 &&
                      l.source[0]->tok_last < cue->tok_first)))
                    break; /* "said ... had been killed" */
                if (cue->tok_last < at)
                    mt->past = 1;
                break;
            }
            case CK_PATTERN: /* "موجة هجمات", "targeted repeatedly",
                                "سلسلة من الردود العسكرية التي استهدفت" */
                if ((cue->tok_last < at && at - cue->tok_last <= 6) ||
                    (cue->tok_first > anchor->tok_last &&
                     cue->tok_first - anchor->tok_last <= 3))
                    pattern = 1;
                break;
            default:
                break;
            }
        }
        /* "وارتفعت حصيلة الانفجار إلى 7 قتلى": a toll after an update
         * cue replaces the earlier one */
        for (int i = 0; i < l.ncue && mt->fatalities >= 0; i++) {
            const char *upd = rasd_entry_attr(l.cue[i]->entry, "update");
            if (upd && !strcmp(upd, "1") &&
                l.cue[i]->end <= mt->fat_span.start)
                mt->toll_update = 1;
        }
        /* "أسفر عن مقتل اثنين": a kill or wound trigger counts its
         * victims as the cue words do */
        for (int i = 0; i < l.ntrig; i++) {
            rasd_span sp = {0, 0};
            const char *toll = rasd_entry_attr(l.trig[i]->entry, "toll");
            if (toll && !strcmp(toll, "0"))
                continue; /* "تحييد خمسة": neutralised, not a death toll */
            if (l.tkind[i] == TK_KILL && mt->fatalities < 0) {
                mt->fatalities = cl_casualties(doc, &l, c->s, l.trig[i], &sp);
                mt->fat_span = sp;
            } else if (l.tkind[i] == TK_WOUND && mt->wounded < 0) {
                mt->wounded = cl_casualties(doc, &l, c->s, l.trig[i], &sp);
                mt->wnd_span = sp;
            }
        }
        /* "Police initially said nine people were killed, but an officer
         * later raised the toll to 13": a count an update cue gives after
         * the toll read replaces it */
        for (int i = 0; i < l.ncue && mt->fatalities >= 0; i++) {
            const char *upd = rasd_entry_attr(l.cue[i]->entry, "update");
            rasd_span sp = {0, 0};
            if (upd && !strcmp(upd, "1") && l.ckind[i] == CK_KILLED &&
                l.cue[i]->start >= mt->fat_span.end) {
                int v = cl_casualties(doc, &l, c->s, l.cue[i], &sp);
                if (v >= 0 && cl_number_in(doc, sp)) {
                    mt->fatalities = v;
                    mt->fat_span = sp;
                    mt->toll_update = 1;
                }
            }
        }
        if (no_casualties)
            no_casualties_from(mt, no_casualties);
        /* "مقتل متظاهرَين واعتقال صحفي": the dead and the shots are the
         * killing's, told beside the arrest, not the arrest's */
        /* "عملية المداهمة ... شهداء الأجهزة الأمنية ... أصيب 16": a raid
         * that costs lives is a fight, not an arrest */
        const char *raid = rasd_entry_attr(specific->entry, "raid");
        if (sub && !strcmp(sub, SUB_ARREST) && raid && !strcmp(raid, "1") &&
            !(kinds_seen & (1 << TK_KILL)) && mt->fatalities > 0)
            mt->sub = SUB_CLASH;
        if (sub && !strcmp(sub, SUB_ARREST) && (kinds_seen & (1 << TK_KILL))) {
            mt->fatalities = mt->wounded = -1;
            mt->weapon = NULL;
        }
        if (mt->fatalities > 0 || mt->wounded > 0)
            mt->signals |= SIG_HIT;
        if (kinds_seen & (1 << TK_INTERCEPT)) {
            mt->signals |= SIG_INTERCEPT;
            mt->outcome_span.start = anchor->start;
            mt->outcome_span.end = anchor->end;
        }
        if (kinds_seen & ((1 << TK_STRIKE) | (1 << TK_EXPLODE) |
                          (1 << TK_KILL) | (1 << TK_ASSASSINATE) |
                          (1 << TK_SUICIDE) | (1 << TK_DAMAGE) |
                          (1 << TK_WOUND) | (1 << TK_ARSON)))
            mt->signals |= SIG_SOFTHIT; /* (houses set on fire: struck) */

        /* Who says so. */
        for (int i = 0; i < l.nsource && mt->nsources < RASD_EVENT_MAX_SOURCES;
             i++)
            mt->sources[mt->nsources++] = l.source[i];

        /* A plural pattern ("the attacks on US forces") with nothing
         * specific is not an incident. */
        const rasd_token *tt = &doc->tokens[anchor->tok_first];
        int plural = tt->kind == RASD_TOK_AR
                         ? tt->nnorm >= 4 &&
                               !memcmp(tt->norm + tt->nnorm - 4,
                                       "\xD8\xA7\xD8\xAA", 4)
                         : tt->nnorm > 3 && tt->norm[tt->nnorm - 1] == 's';
        /* "the second attack on US forces", "رابع هجوم": an ordinal
         * counts incidents, it does not report one */
        const rasd_number *ord = cl_number_at(
            doc, anchor->tok_first > 2 ? anchor->tok_first - 2 : 0,
            anchor->tok_last + 2);
        int counted = ord && (ord->flags & RASD_NUMF_ORDINAL);
        /* "ثلاث هجمات", "12 attacks": a count of incidents */
        const rasd_number *cnt =
            anchor->tok_first > 0
                ? cl_number_at(doc, anchor->tok_first - 1, anchor->tok_first - 1)
                : NULL;
        if (cnt && !(cnt->flags & RASD_NUMF_ORDINAL) && cnt->value >= 2 &&
            cl_countable(doc, cnt) && anchor != weapon)
            counted = 1;
        mt->strength = strength;
        /* (an arrest or a seizure names its kind even as a
         * definite noun: "من إلقاء القبض على أربعة") */
        if (strength == 0 && !(weapon && sub_explicit) &&
            tkind != TK_ARREST && tkind != TK_SEIZE)
            mt->sub_explicit = 0; /* "the massacres": refers, not names */
        /* (taking ground is as specific, once territory_object has
         * found ground for the verb and someone takes it: "الهيئة تبسط
         * سيطرتها على مدينة حلب") */
        mt->specific = (kinds_seen & ((1 << TK_KILL) | (1 << TK_ASSASSINATE) |
                                      (1 << TK_SUICIDE) | (1 << TK_ABDUCT) |
                                      (1 << TK_AMBUSH) | (1 << TK_ARREST) |
                                      (1 << TK_ARSON))) !=
                           0 ||
                       (tkind == TK_SEIZE && sub && mt->actor1 &&
                        !strcmp(kinds_event_type(sub), "Battles"));
        /* (looting: a seizure that names its kind by itself, specific=1;
         * not rape or stabbing words, which trials and accusations name
         * as often as incidents) */
        for (int i = 0; i < l.ntrig && !mt->specific; i++) {
            const char *sp = rasd_entry_attr(l.trig[i]->entry, "specific");
            mt->specific = l.tkind[i] == TK_SEIZE && sp && !strcmp(sp, "1");
        }
        mt->victim = mt->actor2 == NULL &&
                     cue_after(&l, CK_PERSON, anchor->tok_last, 3);
        mt->topic = cl_topic_before(&l, at, mt->date) ||
                    cl_update_after(&l, anchor);
        /* "today" in quoted speech, or right after a verb of saying
         * ("أعلنت القيادة، اليوم الأربعاء، العثور على مخبأ"), is the day
         * it was said, which may be the day after the incident; the day
         * of a claim or an accusation is the claim's ("claimed
         * responsibility on Friday") */
        mt->date_weak = date && date->precision == 1 &&
                        !(date->flags & RASD_DATEF_TOD) &&
                        (cl_has_cue(&l, CK_CLAIM) || cl_has_cue(&l, CK_ACCUSE) ||
                         cl_is_cue_before(&l, CK_REPORT, date->tok_first, 2) ||
                         ((date->flags & RASD_DATEF_TODAY) &&
                          (in_quote(doc, date->start) ||
                           cl_is_cue_before(&l, CK_REPORT, date->tok_first,
                                            8))));
        /* "clashes broke out in the camp in 2017 too": an earlier
         * incident, dated by a year alone */
        if (mt->date == NULL && cl_earlier_year(doc, lo, hi, at))
            mt->past = 1;
        mt->subclause = past_clause == 1;
        mt->stamped = time_stamped(c);
        mt->similar = cl_has_cue(&l, CK_SIMILAR);
        /* "وفي سياق متصل، أصيب ثلاثة مدنيين مساء أمس": another incident
         * the article reports as news, even on the day before its lead */
        mt->recent = past_clause == 2 || cl_has_cue(&l, CK_SEPARATE);
        /* "الهجمات" (the attacks): a definite plural names a series; a
         * date in its sentence belongs to what is said about it */
        if (plural && (tt->clitics & RASD_CLITIC_AL) && !mt->place &&
            mt->fatalities <= 0 && mt->wounded <= 0)
            mt->date = NULL;
        /* a pattern over a week or a month ("a wave of attacks last
         * month") is no one incident either */
        int loose = mt->date == NULL ||
                    (pattern && mt->date->precision >= 2) ||
                    /* "37 هجوماً في ثماني محافظات خلال شهر نيسان": a
                     * count of incidents over a month */
                    (counted && mt->date->precision == 3);
        mt->generic = (plural || counted || pattern) && !mt->place && loose &&
                      mt->fatalities <= 0 && mt->wounded <= 0 &&
                      mt->weapon_count < 0 && !mt->weapon_one;
        /* "More than 30 killings have been recorded inside the camp since
         * the start of the year": incidents counted over a period, even
         * at one place, are none of them */
        if (counted && since_at(c, hi) && !mt->date)
            mt->generic = 1;
        /* "منذ الثامن من تشرين الأول تبادلا شبه يومي للقصف ..., أسفر عن
         * مقتل أكثر من 300 شخص": what a sentence tells since a past day,
         * with no day of its own, is a tally of the period */
        if (!mt->date && since_earlier(c, lo))
            mt->generic = 1;
        /* (a day after the tally is the report's: "said in its annual
         * report released on Tuesday") */
        const rasd_match *tally = tally_in(&l, at);
        if (tally && (mt->date == NULL || mt->date->precision >= 2 ||
                      mt->date_weak || mt->date->tok_first > tally->tok_last))
            mt->generic = 1;
        /* a series at named places ("a series of US strikes on sites in
         * Baghdad, Babil and Anbar"): what came before the news */
        if (pattern && mt->place &&
            /* (not "a string of bombs ripped through the resort early on
             * Saturday, killing 47": one attack with its day and toll) */
            !(mt->date && mt->date->precision == 1 && !mt->date_weak &&
              mt->fatalities > 0))
            mt->past = 1;
    }
    return 0;
}

/* Does cue m (cause=1: "إثر", "following") name the cause of the
 * casualties before it, from tok lo: the words before it report deaths,
 * wounds or damage and no other kind of violence? */
static int causes(const sentctx *c, const rasd_match *m, uint32_t lo)
{
    const char *cause = rasd_entry_attr(m->entry, "cause");
    if (!(cause && !strcmp(cause, "1")))
        return 0;
    int casualty = 0;
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *t = &c->m[i];
        if (t->tok_first < lo || t->tok_first >= m->tok_first ||
            t->entry->cls != RASD_CLASS_TRIGGER)
            continue;
        int k = kinds_trigger(t->entry);
        /* (or damage: "اندلعت حرائق ضخمة في مستودعات الوقود ... إثر
         * هجوم بسرب من الطائرات المسيّرة") */
        if (k != TK_KILL && k != TK_WOUND && k != TK_DAMAGE)
            return 0;
        casualty = 1;
    }
    return casualty;
}

/* Does since-cue m open a date of today ("منذ صباح اليوم", "since this
 * morning")? */
static int since_today(const rasd_doc *doc, const rasd_match *m)
{
    /* (and "منذ صباح أمس", "since yesterday morning": a day the
     * incident began on, not a period behind it) */
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        if (d->tok_first > m->tok_last + 2)
            break;
        if (d->tok_first > m->tok_last && began_on(doc, d))
            return 1;
    }
    return 0;
}

/* Does cue position tok open its clause (from token lo): nothing but
 * punctuation before it, or after a complementizer ("أعلنت ... أنه
 * «ردًا على", "said that, in response to")? */
static int fronted(const sentctx *c, uint32_t lo, uint32_t tok)
{
    const rasd_doc *doc = c->doc;
    uint32_t from = lo;
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *m = &c->m[i];
        if (m->entry->cls == RASD_CLASS_CUE && kinds_cue(m->entry) == CK_THAT &&
            m->tok_last < tok && m->tok_last + 1 >= from)
            from = m->tok_last + 1;
    }
    for (uint32_t i = from; i < tok; i++)
        if (doc->tokens[i].kind != RASD_TOK_PUNCT)
            return 0;
    return 1;
}

/* When sentence c has a no_casualties cue and no trigger, sets the toll
 * of the mention of the sentence before it, if unknown, to 0 and 0. */
static void no_toll_after(const sentctx *c, mention *ms, size_t nms)
{
    const rasd_match *cue = NULL;
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_entry *e = c->m[i].entry;
        if (e->cls == RASD_CLASS_TRIGGER)
            return;
        if (e->cls == RASD_CLASS_CUE && kinds_cue(e) == CK_NO_CASUALTIES)
            cue = &c->m[i];
    }
    if (cue == NULL || nms == 0 || ms[nms - 1].sent + 1 != c->si)
        return;
    for (size_t k = nms; k-- > 0 && ms[k].sent + 1 == c->si;)
        no_casualties_from(&ms[k], cue);
}

/* Does a `when` cue stand in the `since` phrase at m, or right after the
 * comma that ends it ("منذ كانون الثاني الماضي، حين قتل العشرات")? */
static int when_follows(const sentctx *c, const rasd_match *m)
{
    const rasd_doc *doc = c->doc;
    uint32_t end = c->s->tok_first + c->s->tok_count;
    uint32_t k = m->tok_last + 1;
    while (k < end && !cl_is_comma_token(&doc->tokens[k]))
        k++;
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *w = &c->m[i];
        if (w->entry->cls == RASD_CLASS_CUE && kinds_cue(w->entry) == CK_WHEN &&
            w->tok_first > m->tok_last && w->tok_first <= k + 1)
            return 1;
    }
    return 0;
}

/* "وقال مصدر طبي إن المستشفى استقبل جثة و11 جريحا، قبل أن يعلن ارتفاع
 * الحصيلة إلى قتيلين و14 جريحا": a sentence with casualty words and no
 * trigger, right after one that reports an incident, tells that
 * incident's toll.  Counts after an update cue replace the ones before;
 * otherwise a count fills only what the incident lacks. */
static void toll_after(const sentctx *c, mention *ms, size_t nms)
{
    const rasd_doc *doc = c->doc;
    if (nms == 0 || ms[nms - 1].sent + 1 != c->si)
        return;
    /* (a wound word is a toll's, not an incident of its own: "counted at
     * least 52 dead and 40 wounded") */
    for (size_t i = 0; i < c->nm; i++)
        if (c->m[i].entry->cls == RASD_CLASS_TRIGGER &&
            cl_anchors(kinds_trigger(c->m[i].entry)))
            return;
    /* ("ترتفع حصيلة الشهداء منذ بدء العدوان إلى أكثر من 1600": a toll
     * since a past day is the period's) */
    if (since_earlier(c, c->s->tok_first + c->s->tok_count))
        return;
    lists l;
    cl_classify(c, c->s->tok_first, c->s->tok_first + c->s->tok_count, &l);
    if (tally_in(&l, c->s->tok_first))
        return;
    uint32_t upd_end = 0; /* tokens after an update cue */
    for (int i = 0; i < l.ncue; i++) {
        const char *u = rasd_entry_attr(l.cue[i]->entry, "update");
        if (u && !strcmp(u, "1"))
            upd_end = l.cue[i]->tok_last + 1;
    }
    int killed = -1, wounded = -1;
    rasd_span ks = {0, 0}, ws = {0, 0};
    for (int i = 0; i < l.ncue; i++) {
        int k = l.ckind[i];
        const rasd_match *cue = l.cue[i];
        /* (the update cue itself counts: "the death toll rose to 13") */
        if ((k != CK_KILLED && k != CK_WOUNDED) ||
            (upd_end && cue->tok_last + 1 < upd_end))
            continue;
        rasd_span sp = {0, 0};
        int v = cl_casualties(doc, &l, c->s, cue, &sp);
        if (v < 0 || !cl_number_in(doc, sp))
            continue;
        if (k == CK_KILLED && killed < 0) {
            killed = v;
            ks = sp;
        } else if (k == CK_WOUNDED && wounded < 0) {
            wounded = v;
            ws = sp;
        }
    }
    if (killed < 0 && wounded < 0)
        return;
    mention *mt = &ms[nms - 1];
    if (killed >= 0 && (mt->fatalities < 0 || upd_end)) {
        mt->fatalities = killed;
        mt->fat_span = ks;
        mt->toll_update |= upd_end != 0;
        mt->signals |= SIG_HIT;
    }
    if (wounded >= 0 && (mt->wounded < 0 || upd_end)) {
        mt->wounded = wounded;
        mt->wnd_span = ws;
        mt->signals |= SIG_HIT;
    }
}

/* The first date of tokens [lo, hi) that has a year and is no dateline,
 * or NULL. */
static const rasd_date *first_date_in(const rasd_doc *doc, uint32_t lo,
                                      uint32_t hi)
{
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        if (d->tok_first >= lo && d->tok_first < hi && d->date.y &&
            !dateline_date(doc, d))
            return d;
    }
    return NULL;
}

/* The first town or site (no province, no country) of tokens [lo, hi),
 * or NULL. */
static const rasd_entry *first_place_in(const sentctx *c, uint32_t lo,
                                        uint32_t hi)
{
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *m = &c->m[i];
        if (m->entry->cls == RASD_CLASS_PLACE && m->tok_first >= lo &&
            m->tok_first < hi && kinds_place_rank(m->entry) >= 3)
            return m->entry;
    }
    return NULL;
}

/* Does a trigger that can carry an event start in tokens [lo, hi)? */
static int anchor_in(const sentctx *c, uint32_t lo, uint32_t hi)
{
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *m = &c->m[i];
        if (m->entry->cls == RASD_CLASS_TRIGGER && m->tok_first >= lo &&
            m->tok_first < hi && cl_anchors(kinds_trigger(m->entry)))
            return 1;
    }
    return 0;
}

/* Does a cue of the kind start at token tok? */
static int cue_starts_at(const sentctx *c, uint32_t tok, int kind)
{
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *m = &c->m[i];
        if (m->tok_first == tok && m->entry->cls == RASD_CLASS_CUE &&
            kinds_cue(m->entry) == kind)
            return 1;
    }
    return 0;
}

/* "gunmen killed 21 people at the museum in March 2015, and a gunman
 * killed 38 tourists near Sousse in June", "قتل ... في آذار، وقتل ... في
 * حزيران": two incidents a comma and "and" join, each with its trigger
 * and a time of its own, are two clauses.  Returns the first token of the
 * second, or 0 when [lo, hi) is one. */
static uint32_t second_incident(const sentctx *c, uint32_t lo, uint32_t hi)
{
    const rasd_doc *doc = c->doc;
    for (uint32_t t = lo + 1; t + 2 < hi; t++) {
        if (!cl_is_comma_token(&doc->tokens[t]))
            continue;
        const rasd_token *nx = &doc->tokens[t + 1];
        int joins = !strcmp(nx->norm, "and") ||
                    (nx->nnorm > 4 && !strncmp(nx->norm, "\xD9\x88", 2));
        /* "، فيما اعتقلت شابين من مدينة طوباس": a clause of its own,
         * two incidents when each names its own place */
        int whilst = cue_starts_at(c, t + 1, CK_WHILST);
        if (!joins && !whilst)
            continue;
        const rasd_date *d1 = first_date_in(doc, lo, t);
        const rasd_date *d2 = first_date_in(doc, t + 1, hi);
        int two_days = d1 && d2 &&
                       (d1->date.y != d2->date.y || d1->date.m != d2->date.m ||
                        d1->date.d != d2->date.d);
        const rasd_entry *p1 = first_place_in(c, lo, t);
        const rasd_entry *p2 = first_place_in(c, t + 1, hi);
        int two_places = whilst && p1 && p2 && p1 != p2 &&
                         kinds_km(p1, p2) > 10;
        if (!two_days && !two_places)
            continue;
        /* the second opens with its own verb ("and a gunman killed",
         * "وقتل"), not a sequel of the first ("وامتدت حتى مساء السبت،
         * وأسفرت عن سقوط 32 قتيلاً") */
        uint32_t opens = t + 5 < hi ? t + 5 : hi;
        if (anchor_in(c, lo, t) && anchor_in(c, t + 1, opens))
            return t + 1;
    }
    return 0;
}

/* find_clause, or twice when the clause joins two incidents. */
static int find_clauses(const sentctx *c, uint32_t lo, uint32_t hi,
                        int past_clause, rasd_arena *a, mention **out,
                        size_t *n, size_t *cap)
{
    uint32_t at = second_incident(c, lo, hi);
    if (at == 0)
        return find_clause(c, lo, hi, past_clause, a, out, n, cap);
    /* (after "فيما", "while", a clause of its own shares the sentence's
     * day, as after a `clause` cue) */
    int whilst = cue_starts_at(c, at, CK_WHILST);
    int rc = find_clause(c, lo, at - 1, whilst && !past_clause ? 3 : past_clause,
                         a, out, n, cap);
    if (rc < 0)
        return rc;
    return find_clause(c, at, hi, whilst && !past_clause ? 3 : past_clause, a,
                       out, n, cap);
}

/* "وأضاف أن المؤشرات تدل على أن بقايا عصابات داعش تقف وراء الحادث": a
 * sentence with no trigger that names who is behind it, accuses someone
 * or says who claimed it, right after an incident, names that incident's attacker when
 * it had none, or only a word for unnamed gunmen ("Fighters fired on
 * ...  The group said the attackers were RSF paramilitaries"). */
static void attribution_after(const sentctx *c, mention *ms, size_t nms)
{
    /* (one sentence may stand between: "The ministry said ... . It
     * added that two soldiers are missing.  In a statement, X claimed") */
    if (nms == 0 || ms[nms - 1].sent + 2 < c->si)
        return;
    const rasd_match *had = ms[nms - 1].actor1;
    if (had && strcmp(had->entry->kind, "generic"))
        return;
    lists l;
    cl_classify(c, c->s->tok_first, c->s->tok_first + c->s->tok_count, &l);
    /* (a trigger in the reason given, "رداً على اعتقال الدعاة", "in
     * response to the arrests", is another incident's) */
    uint32_t reason = UINT32_MAX;
    for (int i = 0; i < l.ncue && reason == UINT32_MAX; i++)
        if (l.ckind[i] == CK_AFTER)
            reason = l.cue[i]->tok_first;
    for (size_t i = 0; i < c->nm; i++)
        if (c->m[i].entry->cls == RASD_CLASS_TRIGGER &&
            c->m[i].tok_first < reason)
            return;
    const rasd_match *who = cl_accused_actor(c->doc, &l);
    /* "وفي بيان، تبنت الجماعة السلفية للدعوة والقتال العملية": a claim
     * with no trigger of its own is the incident's just told */
    if (who == NULL)
        who = cl_claimer_of(c->doc, &l);
    if (who && (had == NULL || strcmp(who->entry->kind, "generic")))
        ms[nms - 1].actor1 = who;
}

int mention_find(const sentctx *c, rasd_arena *a, mention **out, size_t *n,
                 size_t *cap)
{
    /* Split the sentence at `after` and `clause` cues into clauses (the
     * latter opens one about the news, not the past).  A `since` cue
     * opens a time reference that runs to the next comma ("منذ بدء
     * العدوان على غزة", "since the war began"): no incident of its own,
     * and nothing in it belongs to the clause's incident. */
    const rasd_doc *doc = c->doc;
    uint32_t lo = c->s->tok_first, end = lo + c->s->tok_count;
    int past_clause = 0;
    /* "No casualties were reported.": a sentence of its own with no
     * trigger tells the toll of the incident told just before */
    no_toll_after(c, *out, *n);
    toll_after(c, *out, *n);
    attribution_after(c, *out, *n);
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *m = &c->m[i];
        if (m->entry->cls != RASD_CLASS_CUE || m->tok_first < lo)
            continue;
        int kind = kinds_cue(m->entry);
        const char *split = rasd_entry_attr(m->entry, "split");
        if (kind == CK_TOPIC && split && !strcmp(split, "1"))
            kind = CK_AFTER; /* "الذكرى الرابعة لمقتله": an earlier one */
        if (kind != CK_AFTER && kind != CK_SINCE && kind != CK_CLAUSE)
            continue;
        /* "اندلعت مواجهات منذ صباح اليوم بين ...": what began this
         * morning is today's, and the phrase is the clause's own */
        if (kind == CK_SINCE && since_today(doc, m))
            continue;
        /* "قتل ثلاثة جنود إثر انفجار عبوة": after casualties alone,
         * "following" names their cause */
        if (kind == CK_AFTER && causes(c, m, lo))
            continue;
        if (m->tok_first > lo) {
            /* the clause before "في حين" shares the sentence's day too */
            int flags = kind == CK_CLAUSE && past_clause == 0 ? 3
                                                               : past_clause;
            int rc = find_clauses(c, lo, m->tok_first, flags, a, out, n, cap);
            if (rc < 0)
                return rc;
        }
        uint32_t opened = lo;
        lo = m->tok_last + 1;
        /* "الأعنف منذ الهجمات التي ضربت الدار البيضاء في 16 مايو
         * 2003، ...": the incident compared with is an earlier one, told
         * up to the comma */
        if (kind == CK_SINCE && compared(c, m) && !when_follows(c, m)) {
            /* (through ", و...": "، وأودت بحياة 45 شخصاً" goes on with
             * it) */
            uint32_t comma = lo;
            while (comma < end && (!cl_is_comma_token(&doc->tokens[comma]) ||
                                   (comma + 1 < end &&
                                    (doc->tokens[comma + 1].clitics &
                                     RASD_CLITIC_WA))))
                comma++;
            int rc = find_clause(c, lo, comma, 1, a, out, n, cap);
            if (rc < 0)
                return rc;
            lo = comma < end ? comma + 1 : end;
            continue;
        }
        if (kind == CK_SINCE && when_follows(c, m)) {
            past_clause = 1; /* "منذ كانون الثاني، حين قتل": that earlier
                                incident, with the phrase's date */
            continue;
        }
        if (kind == CK_SINCE) {
            while (lo < end && !cl_is_comma_token(&doc->tokens[lo]))
                lo++;
            continue;
        }
        /* "ردًا على الجرائم في غزة، استهدف مجاهدو المقاومة قاعدة...": an
         * `after` phrase put first ends at its comma, and the main clause
         * follows it */
        uint32_t comma = lo;
        while (comma < end && !cl_is_comma_token(&doc->tokens[comma]))
            comma++;
        if (kind == CK_AFTER && comma < end &&
            fronted(c, opened, m->tok_first)) {
            int rc = find_clause(c, lo, comma, 1, a, out, n, cap);
            if (rc < 0)
                return rc;
            lo = comma + 1;
            continue;
        }
        if (kind == CK_CLAUSE) {
            past_clause = 3; /* "في حين", "while": a clause of its own */
            continue;
        }
        const char *recent = rasd_entry_attr(m->entry, "recent");
        past_clause = recent && !strcmp(recent, "1") ? 2 : 1;
    }
    if (lo < end)
        return find_clauses(c, lo, end, past_clause, a, out, n, cap);
    return 0;
}
