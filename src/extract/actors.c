/* actors.c - who did it and to whom: the attacker (actor1) and the
 * target (actor2) of a mention, by the words around each actor (agents,
 * claims, genitives, victims' words) before their position (Arabic puts
 * the verb first: an actor right after a verb trigger is its subject). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "clause.h"

/* Does a trigger noun stand right before verb trigger v, as its subject
 * ("هجوم استهدف أمريكيين": an attack that targeted Americans)? */
static int noun_subject(const lists *l, const rasd_match *v)
{
    for (int i = 0; i < l->ntrig; i++)
        if (l->trig[i] != v && l->trig[i]->tok_last + 1 == v->tok_first)
            return 1;
    return 0;
}

/* Is actor a, right after bare trigger word t, in the nominative plural
 * ("خطف مسلحون": -ون)?  Then t, which could be a verbal noun (خطف is
 * both "abducted" and "abduction"), is read as the verb and a as its
 * subject; a noun would take the genitive ("خطف مسلحين"). */
static int nominative(const rasd_doc *doc, const rasd_match *t,
                      const rasd_match *a)
{
    const rasd_token *tt = &doc->tokens[t->tok_first];
    const rasd_token *at = &doc->tokens[a->tok_first];
    return tt->kind == RASD_TOK_AR && !(tt->clitics & RASD_CLITIC_AL) &&
           t->tok_first == t->tok_last && at->kind == RASD_TOK_AR &&
           !(at->clitics & (RASD_CLITIC_BI | RASD_CLITIC_LI)) &&
           at->end - at->start >= 6 &&
           !memcmp(doc->text + at->end - 4, "\xD9\x88\xD9\x86", 4); /* ون */
}

static int is_civilians(const rasd_entry *e)
{
    const char *inter = rasd_entry_attr(e, "inter");
    return !strcmp(e->kind, "civilians") ||
           (inter && !strcmp(inter, "Civilians"));
}

/* Is actor a a one-word adjective of the definite trigger noun right
 * before it ("القصف الأمريكي": the American shelling)?  A definite noun
 * followed by a definite nisba is noun and adjective; an indefinite masdar
 * followed by a definite noun is a construct whose second part is the
 * object ("استهداف القوات": targeting the forces). */
static int adjective_of(const rasd_doc *doc, const rasd_match *t,
                        const rasd_match *a)
{
    if (a->tok_first != t->tok_last + 1 || a->tok_first != a->tok_last)
        return 0;
    const rasd_token *tt = &doc->tokens[t->tok_last];
    const rasd_token *at = &doc->tokens[a->tok_first];
    return tt->kind == RASD_TOK_AR && at->kind == RASD_TOK_AR &&
           (doc->tokens[t->tok_first].clitics & RASD_CLITIC_AL) &&
           (at->clitics & RASD_CLITIC_AL);
}

/* Is actor a a one-word indefinite nisba right after an indefinite
 * trigger noun ("في هجوم حوثي", "قصف إسرائيلي", "غارة تركية"): the
 * adjective of the attack, so its author, whoever the clause's verb
 * says fell? */
static int nisba_of_trigger(const rasd_doc *doc, const lists *l,
                            const rasd_match *a)
{
    if (a->tok_first != a->tok_last || a->tok_first == 0)
        return 0;
    const rasd_token *at = &doc->tokens[a->tok_first];
    if (at->kind != RASD_TOK_AR || (at->clitics & RASD_CLITIC_AL) ||
        at->end - at->start < 4)
        return 0;
    const char *end = doc->text + at->end;
    int nisba = !memcmp(end - 2, "\xD9\x8A", 2) ||                /* ي */
                (at->end - at->start >= 6 &&
                 !memcmp(end - 4, "\xD9\x8A\xD8\xA9", 4));        /* ية */
    if (!nisba)
        return 0;
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        const rasd_token *tt = &doc->tokens[t->tok_last];
        if (t->tok_last + 1 == a->tok_first && tt->kind == RASD_TOK_AR &&
            !(doc->tokens[t->tok_first].clitics & RASD_CLITIC_AL) &&
            (l->tkind[i] == TK_ATTACK || l->tkind[i] == TK_STRIKE ||
             l->tkind[i] == TK_SHELL || l->tkind[i] == TK_LAUNCH))
            return 1;
    }
    return 0;
}

/* Is actor a the genitive of a noun trigger right before it (one word
 * between at most, "هجمات مليشيا حزب الله")?  Returns 1 when that noun's
 * genitive is its agent (attribute genitive=agent), 2 when its object,
 * 0 when a follows no noun trigger. */
static int genitive_of(const rasd_doc *doc, const lists *l,
                       const rasd_match *a)
{
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (t->tok_last >= a->tok_first || a->tok_first - t->tok_last > 2)
            continue;
        /* a construct is direct: nothing but one noun between
         * ("هجمات مليشيا حزب الله"), no preposition ("الهجمات ضد...") */
        if (a->tok_first - t->tok_last == 2 &&
            cl_any_cue_on(l, t->tok_last + 1))
            continue;
        if (cl_verb_like(doc, t) || doc->tokens[t->tok_last].kind != RASD_TOK_AR)
            continue;
        const char *g = rasd_entry_attr(t->entry, "genitive");
        return g && !strcmp(g, "agent") ? 1 : 2;
    }
    return 0;
}

/* Does actor a stand right after a place, as its owner ("قاعدة عين
 * الأسد الأمريكية": the American base)? */
static int follows_place(const rasd_doc *doc, const lists *l,
                         const rasd_match *a)
{
    /* (not across a dash: "BAGHDAD - Islamic State militants attacked") */
    for (int i = 0; i < l->nplace; i++)
        if (l->place[i]->tok_last + 1 == a->tok_first ||
            (l->place[i]->tok_last + 2 == a->tok_first &&
             doc->tokens[a->tok_first - 1].kind != RASD_TOK_PUNCT))
            return 1;
    return 0;
}

/* Does a weapon end right before actor a (one word between at most)? */
/* Does a weapon end at most three tokens before the verb that ends right
 * before token tok ("عبوة ناسفة استهدفت دورية للجيش": the bomb is the
 * subject, the army's patrol the object; "أوقفت مفرزة للجيش": the army's
 * detachment is the subject)? */
static int weapon_subject(const lists *l, uint32_t tok)
{
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (t->tok_last + 1 != tok)
            continue;
        for (int j = 0; j < l->nweapon; j++)
            if (l->weapon[j]->tok_last < t->tok_first &&
                l->weapon[j]->tok_last + 3 >= t->tok_first)
                return 1;
    }
    return 0;
}

/* Where actor a's phrase starts: before a part of it ("عناصر من تنظيم
 * داعش", "مسلحون من القبيلة": the noun before "من"), at a unit of it
 * ("مفارز الاستخبارات العسكرية", "دوريات الشرطة": a `unit` cue right
 * before), else at a. */
static uint32_t vso_start(const rasd_doc *doc, const lists *l,
                          const rasd_match *a)
{
    uint32_t k = a->tok_first;
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_UNIT && l->cue[i]->tok_last + 1 == k &&
            (!(doc->tokens[k].clitics & RASD_CLITIC_LI) ||
             !weapon_subject(l, l->cue[i]->tok_first)))
            return l->cue[i]->tok_first;
    if (k >= 2 && doc->tokens[k - 1].kind == RASD_TOK_AR &&
        !strcmp(doc->tokens[k - 1].norm, "\xD9\x85\xD9\x86") &&
        doc->tokens[k - 2].kind == RASD_TOK_AR)
        return k - 2;
    return k;
}

/* Is Arabic actor a the genitive right after a weapon noun ("قصفت مدفعية
 * الحرس الثوري", "طائرات الاحتلال"): the weapon's owner? */
static int weapon_genitive(const rasd_doc *doc, const lists *l,
                           const rasd_match *a)
{
    const rasd_token *t = &doc->tokens[a->tok_first];
    if (t->kind != RASD_TOK_AR || !(t->clitics & RASD_CLITIC_AL) ||
        (t->clitics & (RASD_CLITIC_BI | RASD_CLITIC_LI | RASD_CLITIC_KA |
                       RASD_CLITIC_WA)))
        return 0;
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        if (w->tok_last + 1 == a->tok_first &&
            !(doc->tokens[w->tok_last].clitics & RASD_CLITIC_AL))
            return 1;
    }
    return 0;
}

static int owns_weapon(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        if (w->tok_last < a->tok_first && a->tok_first - w->tok_last <= 2)
            return 1;
    }
    return 0;
}

/* Is actor a a one-word adjective right after a weapon ("الطيران الحربي
 * الإسرائيلي", "طائرة مسيرة تركية", "مقاتلات روسية"): the weapon's
 * owner? */
static int adjective_of_weapon(const rasd_doc *doc, const lists *l,
                               const rasd_match *a)
{
    if (doc->tokens[a->tok_first].kind != RASD_TOK_AR)
        return 0;
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        if (w->tok_last + 1 != a->tok_first)
            continue;
        /* a one-word nisba ("مسيرة إسرائيلية"); or any actor after a
         * weapon that is the means ("برصاص قوات الاحتلال": a construct,
         * the forces' bullets), not a subject followed by its object */
        if (a->tok_first == a->tok_last ||
            (doc->tokens[w->tok_first].clitics & RASD_CLITIC_BI))
            return 1;
    }
    return 0;
}

/* Does a source end just before actor a ("مصادر أمنية في الشرطة",
 * "sources in the police")?  Then a describes the source. */
static int after_source(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->nsource; i++) {
        const rasd_match *s = l->source[i];
        if (s->tok_last >= a->tok_first || a->tok_first - s->tok_last > 3)
            continue;
        /* ("officials said police had detained": the verb of saying
         * between them ends the source) */
        int said = 0;
        for (int k = 0; k < l->ncue && !said; k++)
            said = l->ckind[k] == CK_REPORT && l->cue[k]->tok_first > s->tok_last &&
                   l->cue[k]->tok_last < a->tok_first;
        if (said)
            continue;
        if (a->tok_first - s->tok_last <= 2)
            return 1;
        /* "مصدر في قيادة شرطة الأنبار", "a source at the command of":
         * the source's office, one word more */
        for (int k = 0; k < l->ncue; k++)
            if (l->ckind[k] == CK_PLACE_CUE &&
                l->cue[k]->tok_first == s->tok_last + 1)
                return 1;
    }
    return 0;
}

/* Is actor a followed by a word for being wounded or for dying (أصيب and
 * استشهد are passive in meaning: "the soldiers were hit", "8 of the PMF
 * were martyred"; a comma may stand between)? */
static int wounded_after(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        const char *victim = rasd_entry_attr(l->cue[i]->entry, "victim");
        if ((l->ckind[i] == CK_WOUNDED ||
             (l->ckind[i] == CK_KILLED && victim && !strcmp(victim, "1"))) &&
            l->cue[i]->tok_first > a->tok_last &&
            l->cue[i]->tok_first - a->tok_last <= 3)
            return 1;
    }
    for (int i = 0; i < l->ntrig; i++)
        if (l->tkind[i] == TK_WOUND && l->trig[i]->tok_first > a->tok_last &&
            l->trig[i]->tok_first - a->tok_last <= 1)
            return 1;
    return 0;
}

/* An Arabic verb of killing with no object after it ("جنديين من الجيش
 * العراقي قتلا وأصيب ثلاثة", "قتلوا بانفجار عبوة"): passive in meaning,
 * its subject, before it, was killed.  What follows is no object when it
 * is punctuation, the end, a word behind و or ب, or a preposition or
 * time word. */
int cl_killed_passive(const rasd_doc *doc, const rasd_match *v)
{
    static const char *const free_word[] = {
        "في", "خلال", "جراء", "اثر", "عند", "لدي", "امس", "اليوم",
        "صباح", "مساء", "فجر", "ليله", "علي", "داخل", "قرب", "اثناء"};
    const char *kind = rasd_entry_attr(v->entry, "kind");
    const char *pos = rasd_entry_attr(v->entry, "pos");
    if (v->entry->cls != RASD_CLASS_TRIGGER || !kind || strcmp(kind, "kill") ||
        !pos || strcmp(pos, "verb") ||
        doc->tokens[v->tok_first].kind != RASD_TOK_AR)
        return 0;
    uint32_t k = v->tok_last + 1;
    if (k >= doc->ntokens || doc->tokens[v->tok_last].sent_end)
        return 1;
    const rasd_token *t = &doc->tokens[k];
    if (t->kind == RASD_TOK_PUNCT ||
        (t->clitics & (RASD_CLITIC_WA | RASD_CLITIC_BI)))
        return 1;
    for (size_t j = 0; j < sizeof free_word / sizeof *free_word; j++)
        if (t->nnorm == strlen(free_word[j]) &&
            !memcmp(t->norm, free_word[j], t->nnorm))
            return 1;
    return 0;
}

/* Is English actor a the subject of the active verb right after it
 * ("when PKK terrorists detonated a roadside bomb"), a trigger that does
 * something to others? */
static int subject_of_next(const rasd_doc *doc, const lists *l,
                           const rasd_match *a)
{
    if (doc->tokens[a->tok_last].kind != RASD_TOK_LATIN)
        return 0;
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (t->tok_first == a->tok_last + 1 && cl_english_verb(doc, t) &&
            !cl_passive(doc, t) && l->tkind[i] != TK_WOUND &&
            l->tkind[i] != TK_INTERCEPT)
            return 1;
    }
    return 0;
}

/* Is actor a the subject of a passive verb of killing a few words on? */
static int killed_passive_after(const rasd_doc *doc, const lists *l,
                                const rasd_match *a)
{
    for (int i = 0; i < l->ntrig; i++)
        if (l->trig[i]->tok_first > a->tok_last &&
            l->trig[i]->tok_first - a->tok_last <= 2 &&
            cl_killed_passive(doc, l->trig[i]))
            return 1;
    return 0;
}

/* Does a word for killing whose object is the victim end at most gap
 * tokens before tok ("مقتل ثلاثة جنود", "killed two soldiers"; not
 * "استشهدوا", whose subject died)? */
static int victim_cue_before(const lists *l, uint32_t tok, uint32_t gap)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        const char *v = rasd_entry_attr(m->entry, "victim");
        if (l->ckind[i] == CK_KILLED && !(v && !strcmp(v, "1")) &&
            m->tok_last < tok && tok - m->tok_last <= gap)
            return 1;
    }
    return 0;
}

/* Is actor a the subject right after a verb whose subject died
 * ("استشهد ستة من رجال الشرطة", "قتل جنديان": cues of victim=1), its
 * phrase starting right after the verb? */
static int died_subject(const rasd_doc *doc, const lists *l,
                        const rasd_match *a)
{
    uint32_t start = vso_start(doc, l, a);
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        const char *v = rasd_entry_attr(m->entry, "victim");
        if (l->ckind[i] != CK_KILLED || !(v && !strcmp(v, "1")) ||
            doc->tokens[m->tok_last].kind != RASD_TOK_AR)
            continue;
        if (m->tok_last + 1 == start ||
            (m->tok_last + 2 == start &&
             cl_number_at(doc, m->tok_last + 1, m->tok_last + 1)))
            return 1;
    }
    return 0;
}

/* Is a report cue right after actor a ("وسائل إعلام مقربة من إيران
 * أعلنت")? */
static int reports_after(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_REPORT && l->cue[i]->tok_first > a->tok_last &&
            l->cue[i]->tok_first - a->tok_last <= 2)
            return 1;
    return 0;
}

/* Does actor a follow an affiliation cue that follows another actor
 * ("الفصائل المسلحة الموالية لإيران", "militias backed by Iran")? */
static int describes_actor(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *cue = l->cue[i];
        if (l->ckind[i] != CK_AFFILIATION || cue->tok_last >= a->tok_first ||
            a->tok_first - cue->tok_last > 2)
            continue;
        for (int k = 0; k < l->nactor; k++)
            if (l->actor[k]->tok_last < cue->tok_first &&
                cue->tok_first - l->actor[k]->tok_last <= 3)
                return 1;
    }
    return 0;
}

/* A non-state armed group (ACLED rebels and militias), which claims
 * attacks rather than reports them. */
static int armed_group(const rasd_entry *e)
{
    const char *inter = rasd_entry_attr(e, "inter");
    return !strcmp(e->kind, "group") && inter &&
           (!strcmp(inter, "Political militia") ||
            !strcmp(inter, "Rebel group") ||
            !strcmp(inter, "Identity militia"));
}

/* The actor that a claim cue of the clause makes the claimer: the one
 * right after it ("أعلنت المقاومة الإسلامية مسؤوليتها" puts the verb
 * first, "تبنت X"), else the nearest before it that no affiliation cue
 * marks as describing another ("X, backed by Iran, claimed").  NULL when
 * the clause has no claim. */
const rasd_match *cl_claimer_of(const rasd_doc *doc, const lists *l)
{
    for (int i = 0; i < l->ncue; i++) {
        if (l->ckind[i] != CK_CLAIM)
            continue;
        const rasd_match *cue = l->cue[i], *before = NULL, *first = NULL;
        for (int k = 0; k < l->nactor; k++) {
            const rasd_match *a = l->actor[k];
            if (a->tok_first > cue->tok_last && a->tok_first <= cue->tok_last + 2)
                return a;
            if (a->tok_last < cue->tok_first && !describes_actor(l, a) &&
                !is_civilians(a->entry)) {
                before = a;
                if (first == NULL)
                    first = a;
            }
        }
        /* English puts the subject first, then what describes it; but a
         * name right before the verb is the subject ("A PKK splinter
         * group, the Kurdistan Freedom Falcons (TAK), claimed") */
        if (first && doc->tokens[cue->tok_first].kind == RASD_TOK_LATIN) {
            int described = 0; /* ("..., affiliated with the IRGC, claimed") */
            for (int k = 0; before && k < l->ncue; k++)
                described |= l->ckind[k] == CK_AFFILIATION &&
                             l->cue[k]->tok_first > first->tok_last &&
                             l->cue[k]->tok_last < before->tok_first;
            return before && !described &&
                           strcmp(before->entry->kind, "generic") &&
                           cue->tok_first - before->tok_last <= 3
                       ? before
                       : first;
        }
        if (before && cue->tok_first - before->tok_last <= 3)
            return before;
    }
    return NULL;
}

/* Is actor a the antecedent of a relative pronoun whose verb, trigger t
 * right after it, carries an object pronoun ("الساعدي الذي اغتالته", "the
 * base that they shelled" has none in English): then a is what was done
 * to, not who did it. */
static int object_antecedent(const rasd_doc *doc, const lists *l,
                             const rasd_match *a, const rasd_match *t)
{
    const rasd_token *tt = &doc->tokens[t->tok_last];
    if (tt->kind != RASD_TOK_AR || tt->end - tt->start < 4)
        return 0;
    const char *z = doc->text + tt->end;
    int object = !memcmp(z - 2, "\xD9\x87", 2) ||              /* ه */
                 !memcmp(z - 4, "\xD9\x87\xD8\xA7", 4) ||      /* ها */
                 !memcmp(z - 4, "\xD9\x87\xD9\x85", 4);        /* هم */
    if (!object)
        return 0;
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_RELATIVE &&
            l->cue[i]->tok_first == a->tok_last + 1 &&
            l->cue[i]->tok_last + 1 == t->tok_first)
            return 1;
    return 0;
}

/* Is actor a the subject of a relative clause whose verb is a trigger
 * with no object pronoun ("قوات الاحتلال التي اقتحمت المخيم", "the
 * gunmen who attacked")?  Then a did it, wherever the main clause puts
 * it ("اشتباك مسلح مع قوات الاحتلال التي اقتحمت"). */
static int subject_antecedent(const rasd_doc *doc, const lists *l,
                              const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        if (l->ckind[i] != CK_RELATIVE || l->cue[i]->tok_first != a->tok_last + 1)
            continue;
        for (int k = 0; k < l->ntrig; k++) {
            const rasd_match *t = l->trig[k];
            if (t->tok_first != l->cue[i]->tok_last + 1 ||
                !(cl_verb_like(doc, t) || cl_english_verb(doc, t)) ||
                object_antecedent(doc, l, a, t) || cl_passive(doc, t))
                continue;
            return 1;
        }
    }
    return 0;
}

/* Does a topic cue (an investigation, a trial, an anniversary) stand
 * between actor a and trigger t after it? */
static int topic_between(const lists *l, const rasd_match *a,
                         const rasd_match *t)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_TOPIC && l->cue[i]->tok_first > a->tok_last &&
            l->cue[i]->tok_last < t->tok_first)
            return 1;
    return 0;
}

/* Is actor a the subject of a light verb, within three words after it
 * with no trigger or other cue between ("شنتها القوات الجوية
 * الأمريكية", not "شن هجوما على القوات"): 1 for a verb that acts ("شنت",
 * "نفذتها", "carried out"), 2 for one whose subject undergoes it
 * (voice=passive: "تعرضت"), 0 for none? */
static int light_before(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        if (l->ckind[i] != CK_LIGHT || m->tok_last >= a->tok_first ||
            a->tok_first - m->tok_last > 3)
            continue;
        int clear = !cl_match_between(l, m->tok_last, a->tok_first);
        for (int k = 0; k < l->ncue && clear; k++)
            clear = !(l->cue[k]->tok_first > m->tok_last &&
                      l->cue[k]->tok_first < a->tok_first);
        if (!clear)
            continue;
        const char *v = rasd_entry_attr(m->entry, "voice");
        return v && !strcmp(v, "passive") ? 2 : 1;
    }
    return 0;
}

/* Is actor a also a suicide trigger on the same words ("انتحاري", "a
 * suicide bomber")? */
static int suicide_span(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ntrig; i++)
        if (l->tkind[i] == TK_SUICIDE && l->trig[i]->start == a->start &&
            l->trig[i]->end == a->end)
            return 1;
    return 0;
}

/* Is actor a the owner of the trigger noun before it by ل ("هجوم
 * لداعش", "بهجوم لعناصر داعش": an attack by IS, or by its men)? */
static int li_genitive(const rasd_doc *doc, const lists *l,
                       const rasd_match *a)
{
    uint32_t t0 = a->tok_first;
    for (int i = 0; i < l->ntrig; i++) {
        uint32_t end = l->trig[i]->tok_last;
        if (cl_verb_like(doc, l->trig[i]))
            continue;
        if (end + 1 == t0 && (doc->tokens[t0].clitics & RASD_CLITIC_LI))
            return 1;
        if (end + 2 == t0 && doc->tokens[t0 - 1].kind == RASD_TOK_AR &&
            (doc->tokens[t0 - 1].clitics & RASD_CLITIC_LI))
            return 1;
    }
    return 0;
}

/* Does an agent cue stand within two tokens before actor a ("على يد",
 * "جراء", "carried out by")?  A bare English "by" is an agent only after
 * a trigger ("was attacked by", "strikes by"), not after any participle
 * ("a checkpoint manned by Egyptian police"). */
static int agent_before(const rasd_doc *doc, const lists *l,
                        const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        if (l->ckind[i] != CK_AGENT || m->tok_last >= a->tok_first ||
            a->tok_first - m->tok_last > 2)
            continue;
        if (m->tok_first == m->tok_last &&
            !strcmp(doc->tokens[m->tok_first].norm, "by")) {
            int after_trigger = 0;
            for (int k = 0; k < l->ntrig && !after_trigger; k++)
                after_trigger = l->trig[k]->tok_last < m->tok_first &&
                                m->tok_first - l->trig[k]->tok_last <= 2;
            for (int k = 0; k < l->nweapon && !after_trigger; k++)
                after_trigger = l->weapon[k]->tok_last < m->tok_first &&
                                m->tok_first - l->weapon[k]->tok_last <= 2;
            if (!after_trigger)
                continue;
        }
        return 1;
    }
    return 0;
}

/* The actor that generic actor a is a part of, named right after it
 * with "من" or "of" ("إرهابيون من داعش", "مسلحين من أبناء العشائر",
 * "gunmen of the Islamic State"), or in the construct state ("مسلحو
 * داعش"): the group takes the part's role.  NULL
 * when a is not such a part. */
/* Is actor a the group of the object of verb trigger t ("استهدف قائداً
 * من كتائب حزب الله"): right after "من", which follows one word after
 * the verb in the accusative (the indefinite ending ـاً, written ا)? */
static int object_group(const rasd_doc *doc, const rasd_match *t,
                        const rasd_match *a)
{
    if (a->tok_first != t->tok_last + 3 || !cl_verb_like(doc, t))
        return 0;
    const rasd_token *obj = &doc->tokens[t->tok_last + 1];
    const rasd_token *of = &doc->tokens[t->tok_last + 2];
    return obj->kind == RASD_TOK_AR && obj->nnorm >= 8 &&
           !strcmp(obj->norm + obj->nnorm - 2, "\xD8\xA7") && /* ـا */
           !strcmp(of->norm, "\xD9\x85\xD9\x86");           /* من */
}

static const rasd_match *member_of(const rasd_doc *doc, const lists *l,
                                   const rasd_match *a)
{
    if (strcmp(a->entry->kind, "generic") ||
        a->tok_last + 2 >= doc->ntokens)
        return NULL;
    /* the construct state joins them with no word: "مسلحو داعش",
     * "عناصري" is no word but "مقاتلي الحزب" is */
    const rasd_token *last = &doc->tokens[a->tok_last];
    if (last->kind == RASD_TOK_AR && last->nnorm >= 6 &&
        (!strcmp(last->norm + last->nnorm - 2, "\xD9\x88") ||   /* و */
         !strcmp(last->norm + last->nnorm - 2, "\xD9\x8A")))    /* ي */
        for (int k = 0; k < l->nactor; k++) {
            const rasd_match *b = l->actor[k];
            if (b->tok_first == a->tok_last + 1 &&
                strcmp(b->entry->kind, "generic") && !is_civilians(b->entry))
                return b;
        }
    uint32_t of_tok = a->tok_last + 1;
    const rasd_token *of = &doc->tokens[of_tok];
    if (strcmp(of->norm, "\xD9\x85\xD9\x86") && /* من */
        strcmp(of->norm, "of") && strcmp(of->norm, "from"))
        return NULL;
    for (int k = 0; k < l->nactor; k++) {
        const rasd_match *b = l->actor[k];
        uint32_t gap = b->tok_first - of_tok; /* "of the", "من أبناء" */
        if (b->tok_first > of_tok && gap <= 2 && b->entry != a->entry &&
            !is_civilians(b->entry))
            return b;
    }
    return NULL;
}

/* The actor an accusation cue charges: of the actors within eight words
 * after the cue, the one right before the charge (a word with ب, or
 * "of"/"for": "اتهم ناشطون قوات الدعم السريع بقتل", "accused the RSF
 * of"), else the last of them; NULL with none. */
const rasd_match *cl_accused_actor(const rasd_doc *doc, const lists *l)
{
    for (int i = 0; i < l->ncue; i++) {
        if (l->ckind[i] != CK_ACCUSE)
            continue;
        const rasd_match *cue = l->cue[i], *last = NULL;
        /* "بقايا عصابات داعش تقف وراء الحادث", "X was behind the attack":
         * the actor named right before (side=before) */
        const char *side = rasd_entry_attr(cue->entry, "side");
        if (side && !strcmp(side, "before")) {
            for (int k = l->nactor; k-- > 0;) {
                const rasd_match *a = l->actor[k];
                if (a->tok_last >= cue->tok_first ||
                    cue->tok_first - a->tok_last > 4 || is_civilians(a->entry))
                    continue;
                const rasd_match *group = member_of(doc, l, a);
                return group ? group : a;
            }
            continue;
        }
        for (int k = 0; k < l->nactor; k++) {
            const rasd_match *a = l->actor[k];
            if (a->tok_first <= cue->tok_last || a->tok_first > cue->tok_last + 8 ||
                is_civilians(a->entry))
                continue;
            const rasd_match *group = member_of(doc, l, a);
            if (group)
                a = group;
            /* "the attackers were RSF fighters": a word for gunmen after
             * a named group is that group's men */
            if (last == NULL || strcmp(a->entry->kind, "generic") ||
                !strcmp(last->entry->kind, "generic"))
                last = a;
            if (a->tok_last + 1 < doc->ntokens) {
                const rasd_token *t = &doc->tokens[a->tok_last + 1];
                if ((t->kind == RASD_TOK_AR && (t->clitics & RASD_CLITIC_BI)) ||
                    !strcmp(t->norm, "of") || !strcmp(t->norm, "for"))
                    return a;
            }
        }
        if (last)
            return last;
    }
    return NULL;
}

/* The sides of a clash after "بين"/"between" within a few words of its
 * trigger: the first actor named (or the group it is part of) is actor1,
 * the next other one actor2. */
static void clash_sides(const rasd_doc *doc, const lists *l,
                        const rasd_match *t, mention *mt)
{
    uint32_t between = 0;
    for (uint32_t i = t->tok_last + 1; i <= t->tok_last + 8 &&
                                       i < doc->ntokens;
         i++)
        if (!strcmp(doc->tokens[i].norm, "\xD8\xA8\xD9\x8A\xD9\x86") || /* بين */
            !strcmp(doc->tokens[i].norm, "between")) {
            between = i;
            break;
        }
    if (between == 0)
        return;
    const rasd_match *side[2] = {NULL, NULL};
    int n = 0;
    for (int k = 0; k < l->nactor && n < 2; k++) {
        const rasd_match *a = l->actor[k];
        if (a->tok_first <= between || a->tok_first > between + 30)
            continue;
        const rasd_match *group = member_of(doc, l, a);
        if (group)
            a = group;
        if (n == 1 && (a == side[0] || a->entry == side[0]->entry))
            continue;
        if (n == 0 || a->tok_first > side[0]->tok_last)
            side[n++] = a;
    }
    if (n == 2) {
        mt->actor1 = side[0];
        mt->actor2 = side[1];
    }
}

void cl_assign_actors(const sentctx *c, const lists *l,
                      const rasd_match *anchor_in, int tkind, mention *mt)
{
    const rasd_doc *doc = c->doc;
    int claim = cl_has_cue(l, CK_CLAIM);
    /* Subjects stand before the clause's first trigger; objects and VSO
     * subjects after the trigger nearest before them. */
    const rasd_match *first = cl_trigger_before(l, 0);
    for (int i = 0; i < l->ntrig; i++)
        if (cl_anchors(l->tkind[i]) &&
            (first == NULL || l->trig[i]->tok_first < first->tok_first))
            first = l->trig[i];
    if (first == NULL)
        first = anchor_in;
    int actor1_strong = 0;
    const rasd_match *parts[MAXM]; /* actors named as a group's part */
    int nparts = 0;
    for (int i = 0; i < l->nactor; i++) {
        const rasd_match *a = l->actor[i];
        int whole = 0;
        for (int k = 0; k < nparts && !whole; k++)
            whole = member_of(doc, l, parts[k]) == a;
        if (whole)
            continue; /* it took its part's place */
        const rasd_match *group = member_of(doc, l, a);
        if (group)
            parts[nparts++] = a;
        const rasd_entry *e = group ? group->entry : a->entry;
        int role = 0; /* 1 attacker, 2 target */
        int claimer = 0;
        int strong = 1; /* a rule that names the attacker by the words
                           around it, not by its position */
        const rasd_match *anchor = a->tok_last < first->tok_first
                                       ? first
                                       : cl_trigger_before(l, a->tok_first);
        if (anchor == NULL)
            anchor = first;
        /* Another clause's actors: too far from the trigger. */
        if (a->tok_last + 14 < anchor->tok_first ||
            a->tok_first > anchor->tok_last + 14)
            continue;
        const rasd_token *at0 = &doc->tokens[a->tok_first];
        const char *fixed = rasd_entry_attr(e, "role");
        /* "a militia backed by Iran", "affiliated with the IRGC": an
         * actor that describes another one the lexicon knows takes no
         * part ("المتشددين الموالين لطالبان", of unknown militants, is
         * the best name there is) */
        if (describes_actor(l, a))
            continue;
        /* "فريق من الأجهزة الأمنية شرع بالتحقيق في حادث استهداف", "police
         * opened an investigation into the attack": who investigates,
         * tries or marks it takes no part in it */
        if (topic_between(l, a, anchor))
            continue;
        int light = light_before(l, a);
        if (suicide_span(l, a)) {
            role = 1; /* "فجر انتحاري نفسه": the bomber */
        } else if (nisba_of_trigger(doc, l, a)) {
            role = 1; /* "مقتل 3 في هجوم حوثي": the Houthis' attack */
        } else if (is_civilians(e) || (fixed && !strcmp(fixed, "target"))) {
            role = 2;
        } else if (agent_before(doc, l, a)) {
            role = 1; /* "على يد", "جراء عدوان أمريكي", "by" */
        } else if (light) {
            /* the subject of a light verb: "الضربات التي شنتها القوات
             * الأمريكية" carried them out, "تعرضت القوات لهجوم" took one */
            role = light;
        } else if (((at0->clitics & RASD_CLITIC_LI) && owns_weapon(l, a)) ||
                   weapon_genitive(doc, l, a) ||
                   adjective_of_weapon(doc, l, a) ||
                   subject_antecedent(doc, l, a) || li_genitive(doc, l, a)) {
            /* "طائرة مسيرة للفصائل": the factions' drone; "قتلت امرأة
             * برصاص قناص حوثي": a Houthi sniper's, whoever fell */
            role = 1;
        } else if (subject_of_next(doc, l, a)) {
            strong = 0;
            role = 1; /* "...wounded when PKK terrorists detonated a bomb" */
        } else if (cl_is_cue_before(l, CK_WOUNDED, a->tok_first, 4) ||
                   victim_cue_before(l, a->tok_first, 4) ||
                   died_subject(doc, l, a) ||
                   wounded_after(l, a) ||
                   killed_passive_after(doc, l, group ? group : a)) {
            /* "إصابة عدد من الجنود الأمريكيين", "الأفراد الأمريكيين
             * أصيبوا": the victims */
            role = 2;
        } else if (a->tok_last < anchor->tok_first &&
                   /* ("وأفاد مراسلنا بأن قوات الاحتلال اعتقلت", "said
                    * that US forces": the reported clause's subject) */
                   !cl_is_cue_before(l, CK_THAT, a->tok_first, 1) &&
                   ((cl_is_cue_before(l, CK_REPORT, a->tok_first, 3) &&
                     /* (English puts the reporter before its verb:
                      * "officials said police had detained") */
                     doc->tokens[a->tok_first].kind != RASD_TOK_LATIN) ||
                    reports_after(l, a) || after_source(l, a)) &&
                   !cl_has_cue(l, CK_CLAIM)) {
            /* the one who reports it, not a party to it; but an armed
             * group announces its own attacks ("أعلنت المقاومة الإسلامية
             * استهداف قاعدة..."): that is a claim, though not its own
             * dead ("أعلن الحزب مقتل اثنين من عناصره") */
            /* (nor is a state's army, unless it speaks of its own
             * units: "the army said its units had taken the town") */
            if (!(armed_group(e) || cl_has_cue(l, CK_OWN)) ||
                after_source(l, a) || tkind == TK_KILL)
                continue;
            role = 1;
            claimer = 1;
            strong = 0;
        } else if (adjective_of(doc, anchor, a)) {
            role = 1; /* "القصف الأمريكي", "الغارات الإسرائيلية" */
        } else if (genitive_of(doc, l, a) == 1) {
            role = 1; /* "هجمات الفصائل": the factions' attacks */
        } else if (agent_before(doc, l, a)) {
            role = 1;
        } else if (cl_is_cue_before(l, CK_TARGET, a->tok_first, 6) ||
                   follows_place(doc, l, a)) {
            role = 2; /* "تعرضت القاعدة الأمريكية", "the US base" */
        } else if (object_antecedent(doc, l, a, anchor)) {
            strong = 0;
            role = 2; /* "الساعدي الذي اغتالته أميركا": whom it killed */
        } else if (a->tok_last < anchor->tok_first) {
            strong = 0;
            /* before the trigger: its subject or the claimer; for an
             * interception, the defender; of an English cl_passive ("the
             * commander was killed"), the one it was done to */
            role = (tkind == TK_INTERCEPT && !claim) || cl_passive(doc, anchor)
                       ? 2
                       : 1;
        } else if (object_group(doc, anchor, a)) {
            strong = 0;
            role = 2; /* "استهدف قائداً من كتائب حزب الله": whom it struck */
        } else if (vso_start(doc, l, a) <= anchor->tok_last + 1 &&
                   (cl_verb_like(doc, anchor) || nominative(doc, anchor, a))) {
            strong = 0;
            /* VSO subject; but after "هجوم استهدف" the attack is the
             * subject and the actor its object */
            /* (of the verb it follows: "أسقطت الدفاعات صاروخا أطلقه
             * الحوثيون" - the Houthis launched, they did not intercept) */
            int local = kinds_trigger(anchor->entry);
            role = (local == TK_INTERCEPT ||
                    (tkind == TK_INTERCEPT && local != TK_LAUNCH)) ||
                           noun_subject(l, anchor)
                       ? 2
                       : 1;
        } else {
            role = 2;
        }
        /* the words around an actor ("القصف الأمريكي", "على يد") name the
         * attacker over a subject by position (a reporter before the
         * trigger: "نوهت قيادة عمليات الحشد ... جراء القصف الأمريكي") */
        if (role == 1 && (mt->actor1 == NULL || (claimer && !mt->claimer) ||
                          (strong && !actor1_strong))) {
            mt->actor1 = group ? group : a;
            actor1_strong = strong;
            if (claim || claimer)
                mt->claimer = e->name;
        } else if (role == 2 &&
                   (mt->actor2 == NULL ||
                    /* "استشهد منتسب في الشرطة العراقية": the force
                     * named after a word for one of its men */
                    (!strcmp(mt->actor2->entry->kind, "generic") &&
                     !strcmp(e->kind, "state") &&
                     a->tok_first <= mt->actor2->tok_last + 3)) &&
                   (mt->actor1 == NULL ||
                    strcmp(mt->actor1->entry->name, e->name))) {
            mt->actor2 = group ? group : a;
        }
    }
    /* "The Islamic Resistance in Iraq, a network ... affiliated with the
     * IRGC, claimed the attack": whoever claims is the attacker, however
     * long the description between */
    /* "اتهم الجيش قوات الدعم السريع بالوقوف وراء الهجوم", "accused the
     * RSF of the attack": the accused did it (SCHEMA: attribution) */
    const rasd_match *accused = cl_accused_actor(doc, l);
    if (accused) {
        if (mt->actor2 && mt->actor2->entry == accused->entry)
            mt->actor2 = NULL;
        mt->actor1 = accused;
    }
    /* "اشتباكات بين مقاتلين من العشائر وعناصر قسد", "clashes between
     * the army and the rebels": the sides in the order named */
    if (tkind == TK_CLASH) {
        /* (the clash word's own "بين", not the clause's main verb's: "اندلعت
         * مواجهات عنيفة منذ صباح اليوم بين ... وقال مصدر إن خمسة قتلوا") */
        const rasd_match *clash = anchor_in;
        for (int i = 0; i < l->ntrig; i++)
            if (l->tkind[i] == TK_CLASH) {
                clash = l->trig[i];
                break;
            }
        clash_sides(doc, l, clash, mt);
    }
    const rasd_match *who = cl_claimer_of(doc, l);
    if (who) {
        /* "...وأعلنت جماعة الحوثي مسؤوليتها عن استهداف المنطقة": named
         * after the trigger, it read as the target; it claims the attack */
        if (mt->actor2 && mt->actor2->entry == who->entry)
            mt->actor2 = NULL;
        mt->actor1 = who;
        mt->claimer = who->entry->name;
    }
}

/* Is English trigger t a participle that describes the actor right
 * before it ("the Saudi-led coalition fighting in Yemen said")? */
int cl_actor_participle(const rasd_doc *doc, const lists *l,
                        const rasd_match *t)
{
    if (doc->tokens[t->tok_first].kind != RASD_TOK_LATIN)
        return 0;
    for (int i = 0; i < l->nactor; i++)
        if (l->actor[i]->tok_last + 1 == t->tok_first)
            return 1;
    return 0;
}

/* The state forces of the country of a military source before the
 * anchor (with adjacent, the one right before it), if the lexicon has
 * them. */
void cl_actor_from_source(const sentctx *c, const lists *l,
                          const rasd_match *anchor, int adjacent,
                          mention *mt)
{
    for (int i = 0; i < l->nsource; i++) {
        const rasd_match *s = l->source[i];
        if (adjacent && s->tok_last + 1 != anchor->tok_first)
            continue; /* only the one named right before it */
        /* before the anchor ("CENTCOM announced it struck"), or its
         * subject right after a verb ("نفذ الجيش الأمريكي ضربات") */
        int subject = s->tok_first > anchor->tok_last &&
                      s->tok_first <= anchor->tok_last + 1 &&
                      cl_verb_like(c->doc, anchor);
        if ((s->tok_last >= anchor->tok_first && !subject) ||
            strcmp(s->entry->kind, "military"))
            continue;
        const char *country = rasd_entry_attr(s->entry, "country");
        if (country == NULL || c->lx == NULL)
            continue;
        size_t n;
        const rasd_entry *e = rasd_lexicon_entries(c->lx, &n);
        for (size_t k = 0; k < n; k++) {
            if (e[k].cls != RASD_CLASS_ACTOR || strcmp(e[k].kind, "state"))
                continue;
            const char *ec = rasd_entry_attr(&e[k], "country");
            const char *inter = rasd_entry_attr(&e[k], "inter");
            if (ec && inter && !strcmp(ec, country) &&
                !strcmp(inter, "State forces")) {
                mt->actor1_by_source = e[k].name;
                mt->actor1_span.start = s->start;
                mt->actor1_span.end = s->end;
                return;
            }
        }
    }
}
