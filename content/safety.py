"""Safety first: acute-injury and red-flag words, and running injuries the article doesn't cover.

Pure text rules on a normalised question (content.text.normalize): no retrieval, no I/O. The
answerer asks these before anything else, so a strained calf is told to rest and see someone before
it hears about calf raises, and plantar fasciitis gets an honest "not covered in detail" instead of
the off-topic refusal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from content import rx

PRO = "see a doctor or physiotherapist"
PRO_LINE = f"If it's sharp, swollen or not settling, {PRO} before you train it."

# A muscle or tendon going, in runners' words (round 8): "felt a sudden pop", "can barely push off",
# "felt it tear", "a tearing feeling", "my calf just went mid-run", "hamstring went ping", "felt like
# someone kicked it from behind", "like a stone hit it", "there's a dent in the muscle". Each of these
# is also severe (seen today): a calf or Achilles tear is what they describe.
_TORE = (
    r"(?:felt|heard|there was|got) a (?:\w+ )?(?:pop|snap|crack|rip|tear|twang)\b|"
    r"sudden (?:\w+ )?(?:pop|snap|rip|tear|twang)\b|"
    r"(?:cant|cannot|can not|unable to|barely|hardly|struggl\w* to|no power to) push off|"
    r"felt (?:it|something|like (?:it|something)) (?:\w+ )?(?:tear|tearing|tore|torn|rip|ripping|ripped|snap|"
    r"snapping|snapped|pop|popped)\b|"
    # "hamstring grabbed on me mid-stride and I had to pull up", "pulled up lame"
    r"(?:calf|calves|hamstring|hammy|hammie|quad|groin|thigh|achilles) (?:\w+ )?grabbed\b|"
    r"grabbed (?:on )?me\b|"
    r"had to pull up\b|pulled up (?:lame|short|limping)\b|"
    # "can't put my heel down", "my kneecap slipped out and back in": can't bear weight, a dislocation
    r"(?:cant|cannot|can not|unable to|couldnt) put (?:my |the )?(?:heel|foot|toes|leg) "
    r"(?:down|on the (?:floor|ground))|"
    r"(?:kneecap|knee cap|patella|knee) (?:\w+ ){0,2}(?:slipped|popped|came|went|shifted) (?:out|sideways)\b|"
    r"(?:tearing|ripping) (?:feeling|sensation|pain)|"
    r"(?:calf|calves|hamstring|hammy|hammie|quad|groin|achilles|thigh) (?:just |totally |completely "
    r"|suddenly )?"
    r"(?:went|has gone|gone)(?: on me)?(?= "
    r"(?:on|at|mid\w*|during|in|while|when|halfway|and|so|ping|twang|pop|"
    r"snap|bang)\b|\s*$)|"
    r"went (?:ping|twang|pop|snap|bang)\b|"
    r"like (?:someone|somebody|something|some\w+|i was|i got|id been|i had been|being|i d been|a \w+) "
    r"(?:\w+ ){0,2}(?:kicked|shot|kick|shoot|threw|thrown|chucked|flung|lobbed)\b|"
    r"like (?:\w+ ){0,2}(?:hit|struck|whacked|smacked) (?:by|with) (?:a |an )?(?:\w+ )?"
    r"(?:stone|rock|stick|bat|ball|brick|pebble)\b|"
    r"(?:went|gave way|gave out|collapsed) (?:out )?(?:from )?under(?:neath)? me|"
    r"(?:barely|hardly) (?:put|bear|take) (?:any )?weight (?:on|through) (?:my |the "
    r"|it)(?:foot|ankle|knee|leg|calf)?\b|"
    r"(?:dent|gap|dip|hole) in (?:my |the )?(?:muscle|calf|thigh|hamstring|quad|achilles)|theres a dent"
)
# "don't snap your leg straight at the top", "snapping my knees straight": a form cue about locking
# out, not a snap of a tendon.
_NOT_SNAP_STRAIGHT = r"(?!(?: \w+){0,2} (?:straight|locked|into lock|lock(?:ing)? out))"
# Words that say something has just gone wrong (or is serious), on normalised text (apostrophes
# dropped, lower case). "tear" alone is left out: "wear and tear".
_ACUTE = rx.compile(
    # ("take the strain off my knees", "less strain on the joints": load, not an injury)
    r"\b(?:pulled|pull(?:ed)? (?:a |my )?(?:muscle|hamstring|calf|quad|groin)|(?<!take the )(?<!takes the )"
    r"(?<!taking the )(?<!ease the )(?<!reduce the )(?<!less )(?<!more )strain(?:ed)?|"
    r"torn|tore|tear (?:in|of) |ruptured?|sprain(?:ed)?|twisted|rolled my ankle|popped|pop(?:ped)? sound|"
    rf"snap(?:ped|ping)?{_NOT_SNAP_STRAIGHT}|heard a (?:pop|snap|crack|crunch|clunk|"
    r"rip|tear)|felt (?:something|it) (?:go|give|ping)|pinged|"
    r"felt (?:a|something) (?:pop|snap|tear|rip)|(?:cant|cannot|can not|unable to) push off|"
    r"buckled|gave out|kicked in the (?:calf|back of)|"
    # round 8: "felt a sudden pop", "can barely push off", "felt it tear", "a tearing feeling", "my calf
    # just went mid-run", "hamstring went ping", "like someone kicked it", "a dent in the muscle"
    f"{_TORE}|"
    # a calf tear in runners' words: "like I got hit with a stick", "like someone shot me in the calf"
    r"(?:hit|struck|whacked|smacked) (?:me )?(?:with|by) (?:a )?(?:stick|stone|rock|ball|bat|something)|"
    r"(?:shot|kicked|hit) (?:me )?in the (?:calf|leg|back of (?:my|the) (?:leg|calf))|"
    r"sharp|stabbing|shooting|swollen|swelling|swelled|bruised|like a knife|knife like|"
    # "landed funny off a box jump and my ankle is purple"
    r"(?:ankle|knee|foot|calf|shin|leg|thigh|hamstring|quad)s? (?:is |are |went |gone |turned |has gone )?"
    r"(?:all )?"
    r"(?:purple|black and blue|discolou?red)|landed (?:funny|awkward\w*|badly|wrong)(?= .{0,60}\b(?:hurt\w*|"
    r"pain\w*|ankle|knee|foot|swell\w*|purple|sore)\b)|"
    r"bruising|(?:a|and|big|huge|massive|nasty) bruise|"
    # swelling and bruising told by size and colour: "ankle is huge and going purple", "my knee is
    # massive after a fall" (joints only: "my quads are huge" is lifting)
    r"(?:ankle|knee|foot|toe|shin)s? (?:is |are |looks |went |gone |has gone |got )?"
    r"(?:all |really |so |very )?"
    r"(?:huge|massive|enormous|twice (?:the|its) size|double (?:the|its) size)|"
    r"(?:ankle|knee|foot|shin)s? (?:is |are |has )?(?:going|gone|turning|turned) (?:purple|black and blue)|"
    # swelling in runners' words: "blew up like a balloon", "all puffy" ("legs blew up at mile 20"
    # is tiredness, so a joint or "it" must be what blew up)
    r"balloon(?:ed|ing)?|puffed up|puffy|(?:knee|ankle|foot|calf|shin|it) (?:has |had )?(?:blew|blown) up|"
    r"went over (?:on )?(?:it|my ankle|my foot)|"
    r"(?:cant|cannot|can not|unable to|couldnt|wont|will not|doesnt|wouldnt) (?:put (?:any )?weight|walk|"
    r"bear weight|straighten|bend)|"
    # runners' words for a muscle going: "something went in my hamstring", "a sudden grab in my calf",
    # "can't run on it", "my knee locked", "my back seized up"
    r"(?:something|it|summat) (?:went|gave|tore|pinged|popped|twanged) (?:in|at|behind) (?:my|the)|"
    r"sudden (?:\w+ )?(?:grab|pain|tightness|pull|twinge|stab|jolt|sharp)|"
    r"(?:cant|cannot|couldnt|unable to) (?:run|jog|train|walk) on it|"
    r"knees? (?:\w+ )?(?:locked|keeps locking|kept locking|"
    r"gets stuck|got stuck)(?! out| straight| at the top)|"
    r"seiz(?:ed|ing|es)(?: up)?|seize up|"
    r"(?:its|it is|its gone|gone|got|swelled|blown) (?:all |really |so )?fat (?:now|again)|"
    r"hurts? to walk|limp(?:ing)?|gave way|gives way|giving way|fractured?|broken|broke my|"
    # (r15 xe) "cracked a toe last week": a broken bone told another way
    r"(?:cracked|busted) (?:my |a |the )?(?:left |right )?(?:toes?|foot|ankle|heel|tibia|fibula|shin ?bone|"
    r"kneecap|metatarsal)|"
    r"(?:knee|knees|ankle|ankles|leg|legs) (?:\w+ ){0,3}(?:give|gives|giving) (?:way|out)|"
    r"(?:shift\w*|slipp\w*|mov\w*) (?:sideways|out of place)|dislocat\w*|"
    r"injured (?:it|my) (?:yesterday|today|this morning|last night)|just (?:hurt|injured)|"
    r"(?:hurt|injured|banged|smashed|jarred|wrenched) my "
    r"(?:knee|ankle|calf|hamstring|hip|foot|shin|back|groin)\b"
    r"(?= (?:\w+ ){0,3}(?:skiing|playing|falling|yesterday|last (?:week|night)|this (?:week|morning)|"
    r"days? ago|at (?:football|rugby|netball|work)))|"
    # ("shins have started twinging a bit after runs", "twinges now and then": a niggle building up,
    # not something that just went; "a sudden twinge" is read above)
    r"twing(?:e|ed|es|ing)(?! (?:\w+ ){0,2}(?:a bit|a little|slightly|now and then|on and off|sometimes|"
    r"occasionally|after (?:\w+ ){0,2}(?:runs?|running|jogs?|sessions?|workouts?))|"
    # ((r19 tj) "twinges in the last rep of every interval session", "twinges towards the end of long runs":
    # a niggle that comes back, not something that just went)
    r" (?:\w+ ){0,6}(?:every|each|always|whenever)\b| (?:\w+ ){0,3}(?:towards|near) the end\b|"
    r" (?:\w+ ){0,2}in the (?:last|final) (?:\w+ )?(?:reps?|intervals?|miles?|km|sets?|efforts?)\b)|"
    r"tweaked|spasms?|locked up|(?:cant|cannot|can not) stand (?:up )?straight"
    r"(?! (?:inside|in (?:it|there|here)|in the (?:cabin|van|tent|boat|attic|loft|bunk))\b)|"
    r"numb|numbness|tingl(?:e|es|ing)|pins and needles|"
    # a fall with pain: "fell off the treadmill, hip and wrist hurt"
    # ("fell runner", "fell running", "fell races": the sport of the hills, not a fall)
    r"(?:fell(?! (?:runners?|races?|racing))|fallen|had a "
    r"fall|took a fall|tripped|crashed|went flying|slipped)\b"
    r".{0,60}\b(?:hurts?|hurting|"
    r"pain\w*|bleeding|bruis\w*|sore|swollen|puffy|puffed|blew up|balloon\w*|cant|banged|smashed|landed on|"
    r"killing|agony|throbbing)|"
    r"(?:hurts?|pain\w*|bleeding|bruis\w*|sore|swollen)\b.{"
    r"0,60}\b(?:fell(?! (?:runners?|races?|racing))|fallen|"
    r"a fall|tripped|crashed)|"
    r"walking (?:hurts|is painful|is agony)|hurts? (?:when|if) i walk|painful to walk)\b"
)
# Numbness and tingling: a nerve sign, not a training feeling; its own reply.
_NUMB = rx.compile(r"\b(?:numb|numbness|tingl(?:e|es|ing)|pins and needles)\b")
# Already cleared by a professional: the normal plan with a gentle build-up, not "stop".
_CLEARED = rx.compile(
    r"\b(?:cleared|all clear|got the (?:ok|okay|green light|go ahead)|"
    r"given (?:me )?the (?:ok|okay|green light|go ahead)|"
    r"(?:physio|doctor|doc|gp|surgeon|consultant)\b.{0,30}\b(?:says|said|reckons) (?:im|i am|its|it is|i m) "
    r"(?:good to go|fine to (?:run|train|lift|start)|ok to (?:run|train|lift|start))|signed me off|"
    # (r19 ti) "surgeon says I can exercise", "my physio said I can start lifting again"
    r"(?:physio|doctor|doc|gp|surgeon|consultant|physiotherapist)\b.{0,30}\b(?:says|said|reckons|told me) "
    r"(?:that )?(?:i can|im allowed to|i m allowed to|i am allowed to|i could) (?:now |start |get back to |"
    r"go back to |start to |begin )?(?:exercise|exercising|train|training|lift|lifting|run|running|work out|"
    r"strength)|"
    r"(?:fully|all|completely|properly|long) healed|healed now|recovered now|fully rehabbed|"
    r"(?:fully |properly )?rehabbed (?:it|now|"
    r"fully|properly)|"
    r"(?:finished|completed|done) (?:my |the |all the )?rehab|"
    # (r17 va) "pelvic floor has been checked and is fine", "got it looked at by a physio, all good"
    r"(?:has been|have been|was|were|got|been|had (?:it|them|that)) (?:checked|assessed|examined|looked at)"
    r"(?: out| over)?(?: by (?:a |my |the )?\w+)? (?:and )?(?:is |was |its |it s |are |were |all )?"
    r"(?:fine|ok|okay|good|all good|normal|healthy)\b)\b"
)
# Asking about preventing an injury, not having one.
_PREVENT = rx.compile(r"\b(?:prevent|preventing|prevention|avoid|avoiding|reduce (?:the )?risk|protect)\b")
_HURTING = rx.compile(r"\b(?:pain|painful|hurts?|hurting|sore|ache|aches|aching|have|got|had|my)\b")
# "should I stop running", "can I keep running": the running question first.
_RUN_ON = rx.compile(
    r"\b(?:stop running|keep running|still run|run through|carry on running|keep training)\b"
)
# ... asked, not told ("I still run 30k a week, is lifting ok?" is background, not "can I still run?")
_RUN_ON_ASK = rx.compile(
    r"\b(?:(?:can|could|should|do|must|may) i|(?:ok|okay|safe|fine|alright) to|"
    r"is it (?:ok|okay|safe|fine) to|"
    r"(?:ok|okay|safe|fine) if i) (?:\w+ ){0,2}(?:stop running|keep running|still run|run through|"
    r"carry on running|keep training|run on it)\b|\brun through (?:it|the pain|this|that)\b"
)
# "can I still do bridges", "is it ok to...": a yes/no about training through it.
_GO_ON = rx.compile(
    r"\b(?:(?:can|could|should) i (?:still |keep |carry on |go |do |lift|train|run|squat|work)|"
    r"(?:ok|okay|safe|fine) to (?:lift|train|run|keep|do|still)|still (?:lift|train|run|do)|"
    r"keep (?:doing|training|lifting|going|running|squatting)|(?:train|run|lift|push) through it|"
    r"\b(?:ok|okay|safe|fine) (?:yet|now|again)\b)"
)
# Stop now and get help: not a training question at all. Runners describe these in their own words:
# a chest that "got tight" or "felt heavy", a heart "beating very strange" or "going crazy", "saw
# stars", "nearly keeled over", "couldn't catch my breath" with the chest, dark urine after a brutal
# session (muscle breakdown). Ordinary breathlessness and a high heart rate on hills are not flagged.
_CHEST = r"(?:chest|hearts?|pulse)"
_CHEST_BAD = (
    r"(?:pain\w*|hurt\w*|ache\w*|aching|tight\w*|pressure|heavy|heaviness|squeez\w*|crush\w*|"
    r"constrict\w*|burn\w*|weird\w*|strange\w*|funny|odd\w*|racing|pounding|hammering|thumping|"
    r"flutter\w*|fluttery|irregular\w*|skipp\w*|jump\w*|crazy|mad|wild|erratic|all over the place|"
    r"out of (?:rhythm|time)|mile a minute|like a drum|(?:wouldnt|wont|didnt|did not|would not) "
    r"(?:slow|settle|calm))"
)
# Very dark urine after a hard session (possible muscle breakdown), in either order of words: a red
# flag, with its own reply (red_flag_text).
_URINE_DARK = r"(?:pee|urine|wee)\b.{0,25}\b(?:dark|brown|cola|tea colou?red|black|red)"
_DARK_URINE_WORDS = r"(?:dark|brown|cola colou?red|tea colou?red) (?:pee|urine|wee)"
_RED_FLAG = rx.compile(
    r"\b(?:chest (?:pain|hurts|tight|tightness|pressure)|dizzy|dizziness|faint(?:ed|ing)?|passed out|"
    r"blacked out|short of breath|cant breathe|cannot breathe|heart (?:racing|pounding|flutter)|"
    r"heart\b.{0,25}\b(?:racing|pounding|flutter\w*|irregular|skipp\w*|skipped|jumping|out of rhythm|"
    r"all over the place|beating (?:weird\w*|funny|oddly|strange\w*))|irregular (?:heart ?beat|pulse|beat)|"
    r"(?:skipped|skipping|missed|extra) (?:a )?(?:heart ?)?beats?|arrhythmia|"
    r"palpitations|calf (?:is )?(?:hot|red) and swollen|blood clot|"
    # the chest or heart, then within a few words how it felt ("chest got tight", "heart was beating
    # very strange"); not "heart rate" zones or a "chest and back workout"
    rf"{_CHEST}(?! rate)(?: \w+){{0,5}} {_CHEST_BAD}|"
    # "a tight crushing feeling in my chest", "heavy pressing sort of feeling in my chest": how it
    # felt, a few words, then the chest (not "chest day", "chest press")
    rf"(?:{_CHEST_BAD}|pressing)(?: \w+){{0,4}} (?:in|across|on|around|through) (?:my |the )?chest\b"
    r"(?! (?:day|workout|press|exercises?|muscles?))|"
    r"light ?headed|woozy|(?:saw|seeing|see) (?:black |dark |white )?(?:stars|spots|dots)|"
    r"(?:heart ?rate|pulse|hr)\b.{0,30}\b(?:through the roof|sky high|(?:wont|wouldnt|isnt|not) "
    r"(?:come|coming|go|going) down|still (?:high|racing|pounding|over|above))\b.{0,40}"
    r"\b(?:minutes|mins|hour|hours|ages|after)\b|"
    r"(?:nearly|almost|about to) (?:pass(?:ed)? out|black(?:ed)? out|"
    r"collapse|collapsed|collapsing|collapses|keel(?:ed)? over|faint\w*)|"
    r"keeled over|collapsed|(?:going to|gonna|about to|would) (?:pass out|"
    r"faint|black out|collapse|keel over)|(?:vision|eyes) (?:\w+ ){0,2}(?:went|"
    r"going|goes|go) (?:black|dark|grey|gray|blurry|fuzzy)|"
    r"tunnel vision|(?<!nail )(?<!nails )(?<!toe )(?<!skin )(?<!bruise )(?:everything|it "
    r"all|all|i|world|things|"
    r"sight|screen|it) (?:\w+ )?went (?:black|dark|grey|gray|white|blank|fuzzy|blurry)\b"
    r"(?! (?:and blue|after|from|under))|"
    r"went (?:black|dark|grey|gray|blank) (?:for a (?:sec|second|moment|bit|few)|briefly|momentarily)|"
    r"(?:room|head|world) (?:was |is |started |kept )?(?:spinning|spun)|"
    r"(?:couldnt|could not|cant|cannot|struggl\w* to|hard to|"
    r"trouble|difficulty) (?:catch (?:my|a) )?breath\w*"
    r"(?= .{0,60}\b(?:chest|heart|minutes|ages|ten|10|rest|resting|sitting|dizzy|faint)\b)|"
    rf"{_URINE_DARK}|{_DARK_URINE_WORDS})\b"
)
# A swollen, warm or red calf that hurts at rest can be a clot: urgent, not a strain.
_CLOT = rx.compile(
    r"\b(?:calf|leg|shin)\b.{0,60}\b(?:swollen|hot|warm|red)\b.{0,40}\b(?:swollen|hot|warm|red|at rest|"
    r"resting|all the time)\b|\bblood clot|dvt\b"
)

RED_FLAG_TEXT = (
    "Stop exercising now. Chest pain or tightness, dizziness, fainting, trouble breathing or an irregular "
    "or racing heartbeat need a doctor today "
    "(call emergency services if it's severe or getting worse). Strength work can wait until you've "
    "been checked."
)
ACUTE_LEAD = (
    "Stop and rest the painful part: no strength work that loads it until it settles, and {pro} "
    "(sooner if it's swollen, you can't put weight on it or it isn't easing)."
)
AFTER = "Once you're cleared, the article's advice:"
# A snap or pop with sudden weakness can be a torn tendon or muscle: seen today, not just "when it
# doesn't ease" (issue 25 round 5: a snap at the heel got the routine line and a hill card).
_SEVERE = rx.compile(
    rf"\b(?:snap(?:ped|ping)?{_NOT_SNAP_STRAIGHT}|(?:heard|felt) a (?:pop|snap|crack|"
    r"crunch|clunk|rip|tear)|pop(?:ped)? sound|ruptured?|torn|tore|"
    r"felt (?:a|something|it) (?:tear|rip|snap|pop|go)|"
    r"(?:cant|cannot|can not|unable to|couldnt) (?:push off|put (?:any )?weight|bear weight|walk|"
    # (not a low roof: "can't stand up straight inside the van")
    r"stand(?! (?:up )?(?:straight |upright )?(?:inside|in (?:it|there|here)|in the (?:cabin|van|tent|boat|"
    r"attic|loft|bunk))\b)|"
    r"lift my leg|move it|straighten|bend)|hurts? to (?:even )?(?:walk|lift my leg|stand)|"
    r"kicked in the (?:calf|back of)|(?:hit|struck|whacked|"
    r"smacked) (?:me )?(?:with|by) (?:a )?(?:stick|stone|rock|ball|"
    r"bat|something)|(?:shot|kicked|hit) (?:me )?in the (?:calf|"
    r"leg)|(?<!stress )fractured?|broken|broke my|"
    f"{_TORE})\\b"
)
SEVERE_LEAD = (
    "Stop now, keep weight off it and get it seen today (urgent care or A&E): a snap or pop, sudden "
    "weakness or not being able to bear weight can mean a tear or a fracture, which needs prompt "
    "treatment. No strength work, running or racing until a doctor or physio clears you."
)


def severe(text: str) -> bool:
    """An acute injury that needs seeing today: a snap, a tear, can't push off or bear weight."""
    if cramp_lingers(text):
        return False  # (a cramp still sore to walk on: rest and a physio if it lingers, CRAMP_TEXT)
    if (
        _OLDISH.search(text)
        and not _FRESH.search(text)
        and not _TODAY.search(text)
        and not rx.search(
            r"\b(?:still (?:\w+ )?(?:swollen|swelling|painful|hurts?|hurting|sore|bruised|black)|"
            r"swollen|swelling|cant|cannot|can not|unable|worse)\b",
            text,
        )
    ):
        # (r15 xe) "broke my toe last week, can I still squat?": told weeks back, not today's A&E; the
        # acute lead (stop, rest, a doctor or physio) still answers it
        return False
    return bool(_SEVERE.search(_sore_not_hurt(_NOT_HURT_NOW.sub(" ", denied(text)))))


_DARK_URINE = rx.compile(rf"\b{_URINE_DARK}|\b{_DARK_URINE_WORDS}\b")
DARK_URINE_TEXT = (
    "Stop training and see a doctor today: very dark (brown or cola-coloured) urine after a hard session, "
    "especially with very sore, swollen or weak muscles, can mean muscle breakdown (rhabdomyolysis), "
    "which needs checking straight away. Drink water in the meantime, and no strength work until "
    "you've been cleared."
)


# Dizzy or seeing spots with the breath held on a lift (round 10: "got dizzy and saw spots on the leg
# press, think i was holding my breath"): the red-flag lead stays, then the breathing rule that fits.
_HELD_BREATH = rx.compile(
    r"\b(?:hold|holds|holding|held) (?:my |your |the |their )?breath\b|\bbreath ?holding\b|"
    r"\b(?:forget|forgot|forgetting) to breathe\b|\b(?:not|never|wasnt|didnt|dont) (?:\w+ )?breath(?:e|ing)\b"
)
HELD_BREATH_LINE = (
    "Holding your breath on a hard rep can bring this on: from now on breathe out on the effort (the "
    "push) and in as you come back, and never hold it."
)


# Signs of a heart attack or a stroke: emergency services now, not "a doctor today" (round 11: "heart
# racing and my left arm went numb after hill reps" got the see-a-doctor-today line). Chest pain or
# pressure itself, pain or numbness reaching the arm, jaw or neck with a heart or chest word, fainting
# or collapsing, not being able to breathe; a drooping face, slurred speech, one side going weak or
# numb, a sudden thunderclap headache or sight lost in one eye.
_EMERGENCY_GATE = rx.compile(
    r"chest|heart|pulse|faint|passed out|blacked|collapse|breathe|face|slur|speech|speak|words|headache|"
    r"side|arm|jaw|vision|sight|confus"
)
_REACHES = r"(?:arms?|jaw|neck|shoulders?)"
# ("chest and arms are weak" for push-ups is strength, not a sign: weakness counts when it came on,
# "my arm went weak", "feels weak")
_REACH_BAD = (
    r"(?:numb\w*|tingl\w*|pins and needles|dead|pain\w*|hurt\w*|ach\w*|heavy|"
    r"(?:feels?|felt|feeling|went|gone|going|goes|suddenly|turned|go) weak\w*)"
)
_EMERGENCY = rx.compile(
    r"\bchest (?:pain|hurts?|hurting|pressure|tight\w*|crush\w*|squeez\w*|heav\w*)\b|"
    r"\b(?:pain|pressure|tightness|crushing|squeezing|heaviness) (?:\w+ ){0,3}(?:in|across|on) "
    r"(?:my |the )?chest\b(?! (?:day|workout|press|exercises?|muscles?))|"
    r"\bchest\b(?: \w+){0,4} (?:tight|heavy|crush\w*|squeez\w*|pressure|hurts?|hurting|pain\w*)\b|"
    rf"\b(?:chest|heart|pulse)\b.{{0,60}}\b{_REACHES}\b(?: \w+){{0,4}} {_REACH_BAD}|"
    rf"\b{_REACHES}\b(?: \w+){{0,4}} {_REACH_BAD}\b.{{0,60}}\b(?:chest|heart|pulse)\b|"
    # "chest tight and pain going down my left arm"
    rf"\b(?:chest|heart|pulse)\b.{{0,60}}\b(?:numb\w*|tingl\w*|pins and needles|pain\w*|ach\w*) "
    rf"(?:\w+ ){{0,4}}?(?:down|into|to|in|along|up) (?:\w+ ){{0,2}}{_REACHES}\b|"
    r"\b(?:fainted|passed out|blacked out|collapsed|keeled over)\b"
    r"(?!.{0,30}\b(?:years? ago|as a (?:kid|child|teen)))|\b(?:cant|cannot|couldnt) breathe\b|"
    r"\b(?:face|mouth|smile)\b(?: \w+){0,4} (?:droop\w*|drop\w*|numb|lopsided|went slack|sagg\w*)\b|"
    # (r15 xe: "one side of my body is weaker than the other" is a strength imbalance, not a sign)
    r"\bone side of (?:my |the )?face\b|\bone side of (?:my |the )?body\b(?! (?:is |feels |seems |"
    r"has (?:always )?"
    r"been |always )?(?:(?:a bit|a lot|much|way|slightly|noticeably|quite a bit|so much) )?(?:weaker|"
    r"stronger|"
    r"tighter|bigger|smaller|less strong|more (?:dominant|developed)|better|worse at)\b)|"
    r"\bslurr\w*\b|"
    r"\b(?:cant|couldnt|could not|cannot|struggl\w* to) (?:speak|talk|get (?:my|the) words out)\b|"
    r"\b(?:arm and leg|leg and arm)\b(?: \w+){0,4} (?:went |gone |go |goes |suddenly )?"
    r"(?:weak|numb|dead|limp)\b|"
    r"\b(?:worst|thunderclap|sudden (?:severe|splitting|blinding)) headache\b|"
    r"\b(?:lost|losing|lose) (?:the )?(?:vision|sight) in (?:one|my (?:left|right)) eye\b|"
    r"\bsudden(?:ly)? confus\w*"
)
EMERGENCY_TEXT = (
    "Stop exercising now and call emergency services (999, 911 or 112) straight away: chest pain or "
    "pressure, pain or numbness reaching an arm or the jaw, or fainting can mean a heart problem, and "
    "every minute counts. Sit or lie down, don't drive yourself, and no training until a doctor has "
    "checked you."
)
_STROKE = rx.compile(
    r"\b(?:face|mouth|smile|slurr\w*|speech|speak|talk|words|arm and leg|leg and arm|headache|eyes?|"
    r"confus\w*|one side)\b"
)
STROKE_TEXT = (
    "Stop exercising now and call emergency services (999, 911 or 112) straight away, even if it is "
    "passing: a drooping face, slurred speech, an arm and leg on one side going weak or numb, a sudden "
    "severe headache or sight lost in one eye can mean a stroke, and every minute counts. Don't drive "
    "yourself, and no training until a doctor has checked you."
)


# Chest signs that have passed ("went away after I stopped", "feel ok now, carry on tomorrow?"): a
# doctor today before any training, and emergency services if they come back. (Stroke signs that
# passed still call for emergency services: EMERGENCY_TEXT.)
_PASSED = rx.compile(
    r"\b(?:(?:feel|feels|feeling|felt|am|im) (?:\w+ ){0,2}(?:ok|okay|fine|better|normal|alright)"
    r"(?: again| now)?|"
    r"went away|gone (?:now|away)|(?:has |had )?(?:passed|settled|eased|calmed)(?: down| off)?)\b"
)
_STROKE_OR_SPREAD = rx.compile(
    r"face|slur|speech|speak|words|headache|one side|arm|jaw|neck|vision|sight|confus|faint|passed out|"
    r"blacked|collapse|keeled|breathe|still"
)
PASSED_TEXT = (
    "Stop training and see a doctor today, even though it has eased: chest pain or tightness during "
    "exercise needs checking before you train again. If it comes back, or spreads to an arm or the jaw, "
    "or you feel faint or can't get your breath, call emergency services (999, 911 or 112) straight away."
)


# A chest that only "gets tight" (no pain, pressure or crushing, nothing spreading to an arm or the
# jaw, no fainting, breathing that settles): stop and see a doctor soon, not emergency services
# first (pass 2: "my chest gets tight running in cold air" was told to ring 999). Cold air or
# wheezing points at exercise-induced asthma, which a doctor can test for and treat.
_TIGHT_WORD = rx.compile(r"\btight\w*")
TIGHT_CHEST_TEXT = (
    "Stop running when it comes on, ease down and rest, and see a doctor soon to get it checked: a chest "
    "that tightens on runs, {why}. Call emergency services (999, 911 or 112) straight away if it comes "
    "with pain or pressure, spreads to an arm or the jaw, you feel faint, or your breathing doesn't "
    "settle with rest. No hard efforts until a doctor has seen you."
)
_ASTHMA_HINT = rx.compile(r"\b(?:cold|wheez\w*|asthma\w*|inhaler|winter|frosty|freezing|pollen|cough\w*)\b")


_TIGHT_CHEST = rx.compile(
    r"\btight\w* (?:\w+ ){0,2}(?:in |across |around )?(?:my |the |a )?chest\b"
    r"(?! (?:day|workout|press|exercises?|muscles?|stretch\w*))|\bchest\b(?: \w+){0,4} tight\w*"
)


# With a tight chest these are alarm signs: emergency services, not "a doctor soon".
_TIGHT_ALARM = rx.compile(
    r"\b(?:dizz\w*|light ?headed|woozy|faint\w*|pain\w*|hurt\w*|ach\w*|breath\w*|still|spots|stars|"
    r"vision|nause\w*|sick|sweat\w*|clammy|arms?|jaw|neck|weird|strange|odd|heavy|pressure|crush\w*|"
    r"squeez\w*|racing|pounding|collapse\w*|collapsing|sit down|lie down)\b"
)


def tight_chest_only(text: str) -> bool:
    """Emergency words in this (normalised) message come only from a chest that got tight, with no
    alarm sign beside it (pain, dizziness, breathlessness, spreading, still going on)."""
    if "tight" not in text or _TIGHT_ALARM.search(text):
        return False
    return not emergency(" ".join(_TIGHT_WORD.sub(" ", text).split()))


def _tight_chest_alarm(text: str) -> bool:
    return bool(_TIGHT_ALARM.search(text))


def tight_chest(text: str) -> bool:
    """A chest that gets tight, said in either order ("tight chest in the cold", "chest gets tight")."""
    return "tight" in text and "chest" in text and bool(_TIGHT_CHEST.search(text))


def tight_chest_text(text: str) -> str:
    """The see-a-doctor-soon reply for a chest that gets tight, without alarm signs."""
    why = (
        "especially in cold air or with wheezing, is often exercise-induced asthma, which a doctor can "
        "test for and treat"
        if _ASTHMA_HINT.search(text)
        else "even if it settles, needs a doctor to find the cause"
    )
    return TIGHT_CHEST_TEXT.format(why=why)


# Heat illness: a run in the heat, then confusion, no more sweating, fainting or vomiting (pass 2:
# "ran in 40 degree heat, got confused and stopped sweating" met the off-topic refusal). Heat stroke
# signs are an emergency; milder ones (dizzy, headache, sick, "feel off") get cooling down first and
# a doctor if they don't settle.
_HEAT_GATE = rx.compile(r"heat|hot|degree|sun|humid|scorch|boiling|swelter|warm|summer|tropic")
_HEAT = rx.compile(
    r"\b(?:heat|heatwave|hot|degrees?|sun|sunny|sunshine|humid\w*|scorching|boiling|sweltering|"
    r"summer|tropical|heatstroke|heat stroke|heat exhaustion|sunstroke|sun stroke)\b"
)
_HEAT_STROKE = rx.compile(
    r"\b(?:(?:got|get|gets|getting|felt|feel|feels|feeling|became|become|was|am|im|went|seemed|really|very|"
    r"bit|all|so) confused(?! (?:about|by|as|on|with|which|whether|what|how|why|if|over))|confusion|"
    r"disorient\w*|(?:stopped|quit|no longer) sweat\w*|(?:not|wasnt|werent) sweating (?:any ?more|at all)|"
    r"(?:no|dry) (?:more )?sweat|skin (?:\w+ )?(?:hot and )?dry|fainted|passed out|blacked out|"
    r"collapsed|keeled over|slurr\w*|seizure|heatstroke|heat stroke)\b"
)
_HEAT_MILD = rx.compile(
    r"\b(?:dizzy|dizziness|light ?headed|woozy|headache|nause\w*|vomit\w*|threw up|throwing up|"
    r"(?:feel|feels|feeling|felt) (?:\w+ )?sick|faint\w*|heat exhaustion|sunstroke|sun stroke|"
    r"(?<!legs )(?<!leg )(?:feel|feels|feeling|felt) (?:really |very |so |a bit |pretty |super )?"
    r"(?:off|weird|strange|awful|"
    r"terrible|rough|wrong|funny|unwell|ill|shaky|wobbly|out of it))\b"
)
HEAT_STROKE_TEXT = (
    "Stop and call emergency services (999, 911 or 112) now: confusion, fainting or having stopped "
    "sweating after running in the heat are signs of heat stroke, which is an emergency. Get into "
    "shade or a cool room, cool down fast (cold water on the skin, wet cloths, a fan, ice packs at the "
    "neck and armpits) and sip water if you can swallow normally. Don't be left on your own, and no training "
    "until a doctor has checked you."
)
HEAT_MILD_TEXT = (
    "Stop and cool down now: get into shade or a cool room, lie down with your legs raised, sip water "
    "or a sports drink, and cool your skin with cold water or wet cloths. Feeling like this after "
    "running in the heat can be heat exhaustion; if you're not clearly better within about 30 minutes, "
    "see a doctor today, and call emergency services (999, 911 or 112) if you become confused, stop "
    "sweating, faint or vomit repeatedly. No training until you feel fully normal again."
)


HEAT_PAST_TEXT = (
    "Yes, usually: heat illness that's behind you doesn't rule out leg strength work, and the article "
    "doesn't cover it. If a doctor set you limits after it, follow those; otherwise build up as usual, "
    "twice a week. On hot days train in the cool or indoors, drink enough, and stop at once if you feel "
    "dizzy or confused or stop sweating."
)


def heat_illness(text: str) -> str:
    """The heat-illness reply for this (normalised) message, or "" when it isn't heat illness."""
    if not _HEAT_GATE.search(text) or not _HEAT.search(text):
        return ""
    if _OLD.search(text) and not _TODAY.search(text) and not rx.search(r"\b(?:just|right now|still)\b", text):
        # (r15 yc) "had heat stroke last summer, can I lift?": history, not an emergency now
        if not (_HEAT_STROKE.search(text) or _HEAT_MILD.search(text)):
            return ""
        if rx.search(r"\b(?:can|could|should|is it|am i|ok|okay|safe)\b", text):
            return HEAT_PAST_TEXT
        return HEAT_PAST_TEXT.removeprefix("Yes, usually: h").join(("H", ""))
    if _HEAT_STROKE.search(text):
        return HEAT_STROKE_TEXT
    if _HEAT_MILD.search(text):
        return HEAT_MILD_TEXT
    return ""


# "my knee collapsed inward", "my arches collapsed": a joint's form or shape, not the runner collapsing.
_PART_COLLAPSED = rx.compile(
    r"\b(?:knees?|arch(?:es)?|hips?|ankles?|foot|feet|legs?|calf|calves|quads?) (?:\w+ ){0,2}"
    r"(?:collapse\w*|collapsing)"
)


def _no_part_collapsed(text: str) -> str:
    return _PART_COLLAPSED.sub(" ", text) if ("collapse" in text or "collapsing" in text) else text


def emergency(text: str) -> bool:
    """Heart-attack or stroke signs in this (normalised) message: emergency services now."""
    text = _no_part_collapsed(text)
    return bool(_EMERGENCY_GATE.search(text)) and bool(_EMERGENCY.search(text))


def red_flag_text(text: str) -> str:
    """The red-flag reply for this (normalised) message: dark urine has its own, and heart-attack or
    stroke signs call for emergency services now."""
    if heat := heat_illness(text):
        return heat
    if emergency(text):
        if tight_chest_only(text) and not (_PASSED.search(text) and not _STROKE_OR_SPREAD.search(text)):
            return tight_chest_text(text)
        if _STROKE.search(text) and not rx.search(r"\b(?:chest|heart)\b", text):
            return STROKE_TEXT
        if _PASSED.search(text) and not _STROKE_OR_SPREAD.search(text):
            return PASSED_TEXT
        return EMERGENCY_TEXT
    if tight_chest(text) and not _tight_chest_alarm(text):
        return PASSED_TEXT if _PASSED.search(text) else tight_chest_text(text)
    if _DARK_URINE.search(text) and not rx.search(r"\b(?:chest|heart|dizz|faint)", text):
        return DARK_URINE_TEXT
    if _HELD_BREATH.search(text) and not rx.search(r"\bchest\b", text):
        return f"{RED_FLAG_TEXT}\n{HELD_BREATH_LINE}"
    if _HEAD_RUSH.search(text) and not _HEAD_RUSH_NOT.search(text):
        return HEAD_RUSH_TEXT
    return RED_FLAG_TEXT


# (r15 xe) A moment's dizziness on standing up fast after a set ("got dizzy once standing up too fast
# after squats"): a head rush, said in proportion, with the signs that do need a doctor; anything
# with the heart, the chest, fainting, breathing or sight keeps the red-flag reply.
_HEAD_RUSH = rx.compile(
    r"\b(?:dizz\w*|light ?headed|woozy|head rush)\b.{0,40}\b(?:stand\w*|stood|got|get|getting|sit\w*|sat) "
    r"up\b(?: \w+){0,2} (?:too )?(?:fast|quick\w*|sudden\w*)|"
    r"\b(?:stand\w*|stood|got|get|getting|sit\w*|sat) up\b(?: \w+){0,2} (?:too )?(?:fast|quick\w*|sudden\w*)"
    r".{0,40}\b(?:dizz\w*|light ?headed|woozy|head rush)\b"
)
_HEAD_RUSH_NOT = rx.compile(
    r"\b(?:chest|heart\w*|pulse|palpitat\w*|faint\w*|passed out|blacked|breath\w*|vision|sight|"
    r"spots|stars|every time|always|keeps? happening|lasted|ages|minutes|numb\w*|confus\w*|headache)\b"
)
HEAD_RUSH_TEXT = (
    "A brief dizzy spell when you stand up quickly after a hard set is usually a head rush: your blood "
    "pressure dips for a moment. Stand up slowly, keep breathing (out on the effort, never held), and sit "
    "or crouch until it passes. If it keeps happening, lasts more than a few seconds, or comes with chest "
    "pain, a racing heart, fainting or breathlessness, stop training and see a doctor."
)


# "my chest muscles feel tight after push-ups": the muscles after a workout, not a chest symptom.
_CHEST_MUSCLES_TIGHT = rx.compile(
    r"\b(?:chest muscles?|pecs?) (?:\w+ ){0,3}?(?:tight\w*|sore|stiff|ach\w*)\b(?: after| from)"
)


# (r19 tk) Someone else's fear, not a symptom told ("my wife is convinced I'm going to pass out"): the
# message asks how to do it safely, not what to do about a faint.
_OTHERS_FEAR = rx.compile(
    r"\b(?:wife|husband|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|friend|mate|flatmate|"
    r"coach|trainer|family|kids?|son|daughter|she|he|they|people) (?:is |was |are |were |keeps? |kept )?"
    r"(?:\w+ )?(?:convinced|worried|worries|thinks|thought|reckons|says|said|scared|afraid|sure|swears)"
    r" (?:that )?(?:i|im|ill|id)(?: am| will| would| might| could)? (?:going to|gonna|about to|will|would|"
    r"might|could) (?:pass out|faint|black out|collapse|keel over)\b"
)


def red_flag(text: str) -> bool:
    """Chest pain, dizziness, fainting, stroke signs...: stop and see a doctor, nothing else."""
    if "chest muscle" in text or "pec" in text:
        text = _CHEST_MUSCLES_TIGHT.sub(" ", text)
    if _OTHERS_FEAR.search(text):
        text = _OTHERS_FEAR.sub(" ", text)
    return (
        bool(_RED_FLAG.search(_no_part_collapsed(text)))
        or emergency(text)
        or tight_chest(text)
        or bool(heat_illness(text))
    )


CLOT_TEXT = (
    "Stop training and see a doctor today (urgent care or emergency services if you're short of breath): "
    "a calf that is swollen, warm and painful even at rest can be a blood clot, which needs checking "
    "straight away. Don't massage or stretch it, and no strength work until you've been cleared."
)


def clot(text: str) -> bool:
    """A swollen, warm calf that hurts at rest: see a doctor urgently."""
    return bool(_CLOT.search(text))


# "no swelling", "not sharp", "nothing's swollen", "nothing's broken": the runner (or their physio)
# rules the acute sign out.
_DENIED = rx.compile(
    # (r19 tg: "they don't hurt" with its apostrophe, straight or curly, is denied too)
    r"\b(?:no|not|nothing|nothings|never|isnt|wasnt|arent|hasnt|zero|doesn[\'’]?t|don[\'’]?t|didn[\'’]?t|"
    # (r17 ue) "haven't pulled anything yet", "hadn't strained it": a hurt the runner hasn't had
    r"havent|hadnt|yet to)\s+(?:\w+\s+)?"
    r"(?:sharp|stabbing|shooting|swollen|swelling|swelled|bruised|bruising|limp\w*|numb\w*|tingl\w*|"
    r"pain|painful|hurts?|hurting|"
    # a professional ruled the break or tear out ("physio said nothing's broken", "not a fracture")
    r"broken|fractured?|torn|tears?|ruptured?|"
    # (r17 vc) "not pulled, just niggly", "not a strain": the pull the runner rules out
    r"pulled|pull|strained|strain|sprained|sprain)\b"
    r"(?:\s+(?:pain|or|and|nor)\b(?:\s+\w+)?)?",
    re.IGNORECASE,
)


def denied(text: str) -> str:
    """The text without the acute signs it denies ("no swelling", "not sharp")."""
    return _DENIED.sub(" ", text)


# The runner's pet hurting ("my dog keeps limping after our runs, any leg exercises for him?"): not the
# runner's injury; a vet's question (content/reasons.py away_text declines it).
_PET = rx.compile(
    r"\b(?:my|our|the) (?:dog|dogs|puppy|pup|cat|horse|pony|greyhound|whippet|spaniel|labrador|collie)s?\b"
    r"(?=.{0,80}\b(?:limp\w*|lame|hurt\w*|injur\w*|sore|paws?|legs?|hips?|exercises?|pain\w*|stiff)\b)"
)
_RUNNER_HURTS = rx.compile(
    r"\bmy (?:knees?|calf|calves|ankles?|shins?|hips?|hamstrings?|quads?|foot|feet|legs?|back|achilles|"
    r"heels?|glutes?|groin|thighs?)\b|\bi (?:am|have|ve|feel|felt|hurt|pulled|strained|tore)\b|\bim\b"
)


# (r15 xe) The runner asking about their own training with a pet only in the story ("I walk the dog 10 km a
# day, do I still need leg exercises?"): the ask is the runner's, unless it points at the animal ("for
# him", "his hips", "the dog's legs").
_RUNNER_ASKS = rx.compile(
    r"\b(?:do|should|can|could|would|will|must|shall|am) i\b|"
    # (r18 td) "I go running with my dog, what leg exercises?": the runner's own running
    r"\bi (?:still |really |even |often |usually |always |normally )?(?:go )?(?:need|want|run|running|walk|"
    r"walking|jog|jogging|hike|hiking|train|lift|do)\b|"
    r"\bmy (?:own )?(?:training|running|runs|strength|workouts?|routine)\b"
)
_PET_TARGET = rx.compile(
    r"\bfor (?:him|her|it|them|my (?:dog|puppy|pup|cat|horse|pony)|the (?:dog|puppy|pup|cat|horse|pony))\b|"
    r"\b(?:his|her|its|their) (?:legs?|paws?|hips?|joints?|limp\w*)\b|"
    r"\b(?:dog|dogs|puppy|pup|cat|horse|pony|greyhound|whippet|spaniel|labrador|collie)s? (?:paws?|legs?|"
    r"hips?|"
    r"joints?)\b|"
    r"\b(?:dog|dogs|puppy|pup|cat|horse|pony|greyhound|whippet|spaniel|labrador|"
    r"collie)s? (?:\w+ ){0,3}(?:limp\w*|"
    r"lame|hurt\w*|injur\w*|sore|stiff)\b|"
    r"\b(?:he|she|it) (?:\w+ ){0,2}(?:limp\w*|lame|hurt\w*|injur\w*|sore|stiff)\b"
)


def pet_hurt(text: str) -> bool:
    """The (normalised) message is about a pet's legs, not the runner's."""
    if not _PET.search(text) or _RUNNER_HURTS.search(text):
        return False
    return not (_RUNNER_ASKS.search(text) and not _PET_TARGET.search(text))


# An arm, a hand or a shoulder hurt, with legs to train (round 9): "broke my wrist (cast for 6 wks), what
# leg stuff can i still do?", "recovering from shoulder surgery, can't hold dumbbells": the legs are what
# they ask about, and they're fine.
_ARM = (
    r"(?:(?:left |right |bad )?(?:wrists?|arms?|hands?|fingers?|thumbs?|elbows?|collar ?bones?|shoulders?|"
    r"ribs?|forearms?|clavicle))"
)


# Injury words that aren't an injury now: a worry about one ("how do I avoid pulling a hamstring?",
# "prevent a calf strain"), "sharp" as keen or steep ("keep my form sharp", "a sharp incline"), a sled
# pulled, a plan that is "broken".
_NOT_HURT_NOW = rx.compile(
    r"\b(?:prevent\w*|avoid\w*|stop (?:myself |me )?(?:from )?|risk of|reduce (?:the )?(?:risk|chance)s? of|"
    r"protect (?:\w+ )?against|guard against|chances? of|scared of|worried about|afraid of|fear of|"
    r"(?:so|to make sure) (?:i|that i) (?:dont|do not|never)|without) (?:\w+ ){0,3}?(?:pull\w*|strain\w*|"
    r"tear\w*|tore|torn|sprain\w*|ruptur\w*|break\w*|snap\w*|twist\w*|roll\w*)\b(?: (?:a|my|the|an) "
    r"(?:\w+ )?\w+)?|"
    r"\b(?:keep|keeping|stay|staying|look|looking|feel|feeling|stays?) (?:\w+ ){0,3}sharp\b|"
    r"\bsharp (?:incline|inclines|turn|turns|bend|bends|corner|corners|hills?|climbs?|rise|descent|gradient|"
    r"slope|focus|mind|start|finish|kick|and (?:fresh|fast|quick))\b|"
    r"\bpull\w* (?:a |the )?(?:sled|sledge|prowler)\b|"
    r"\b(?:plan|schedule|routine|week|programme|program|watch|garmin|treadmill|machine|app) (?:is |was |got |"
    r"seems |feels )?(?:totally |completely )?broken\b|"
    # (r15 yc) "the leg extension machine at my gym is broken", "our squat rack broke": the kit, not a bone
    r"\b(?:machines?|treadmills?|rack|bench|benches|cable|dumbbells?|kettlebells?|bands?|chair|stool|"
    # (r16 zb) "the leg press is broken at my gym": a machine by its name
    r"leg press(?:es)?|leg curls?|hamstring curls?|leg extensions?|quad(?:riceps)? extensions?|"
    r"squat racks?|smith machine|rowers?|ellipticals?|cross trainers?|"
    r"equipment|kit) (?:(?!(?:ankle|ankles|leg|legs|foot|feet|toe|toes|knee|knees|hip|arm|wrist|"
    r"bone|shin|heel)\b)\w+ ){0,4}?(?:is |was |got |are |were |has |have )?(?:totally |completely |just )?"
    r"(?:broken|broke)(?: down)?\b(?! (?:my|his|her|their|your|a|an)\b)"
)


_ARM_HURT = rx.compile(
    rf"\b(?:(?:broke|broken|break|fractured?|sprained|dislocated|injured|hurt|tore|torn|strained|snapped|"
    rf"cracked|busted|surgery on|operation on|op on) (?:my |a |the |his |her |their |our )?{_ARM}|"
    rf"{_ARM} (?:is |was |got |in a |still in a )?(?:broken|fractur|cast|sling|splint|surgery|"
    rf"operation|op|reconstruction|repair)\w*|(?:tennis|golfers|golfer s) elbow|frozen shoulder|"
    rf"rotator cuff|"
    # (r19 ti) "shoulder injury so I can't hold dumbbells", "my elbow is bad so I can't carry weights"
    # (a grip told without an injury, "dodgy wrists, can't grip", keeps its bodyweight plan)
    rf"{_ARM} (?:injury|injuries|problem|issue)|(?:injured|hurt|painful) {_ARM}|"
    rf"{_ARM} (?:is |s |are )?(?:bad|injured|hurt|hurting|painful))\b"
)
_LEG_ASK = rx.compile(
    r"\b(?:legs?|lower body|lunges?|squats?|step ?ups?|calf raises?|bridges?|leg (?:day|work|stuff|"
    r"exercises?|session|strength)|running|run)\b"
)


# A part of the leg named too ("fell and hurt my wrist and knee"): not only the arm.
_LEG_PART = rx.compile(
    r"\b(?:knees?|ankles?|calf|calves|shins?|hamstrings?|hammy|quads?|groin|achilles|foot|feet|heels?|"
    r"thighs?|hips?|back)\b"
)


def arm_hurt(text: str) -> bool:
    """An arm, hand or shoulder hurt, and legs to train, with no leg part hurt too (normalised text)."""
    if not _ARM_HURT.search(text):
        return False
    rest = _ARM_HURT.sub(" ", text)
    return bool(_LEG_ASK.search(rest)) and not _LEG_PART.search(rest)


# Soreness after a session in runners' words (round 10): "DOMS so bad I can't walk downstairs lol",
# "so sore after leg day I can barely walk", "first session in years and now it hurts to walk": the
# muscles ache, it isn't a leg that can't bear weight. Only with a strength session or soreness told,
# never "can't walk on it", and any other acute sign (a pop, swelling, sharp pain) still counts.
_SESSION_SORE = rx.compile(
    r"\b(?:doms|sore|soreness|stiff|stiffness|achy|aching|leg ?day|leg sesh|leg session|gym|lifting|"
    r"weights|workout|session|squats?|squatting|lunges?|step ?ups?|deadlifts?|wall sits?|leg press|"
    r"bridges?|calf raises?)\b"
)
_SORE_WALK = rx.compile(
    r"\b(?:(?:cant|cannot|can not|couldnt|can barely|can hardly|could barely|could hardly|barely|hardly|"
    r"struggl\w* to) (?:even )?(?:walk|walking)|hurts? to (?:even )?walk|"
    r"walking (?:hurts|is painful|is agony)|"
    # "cant get up from the sofa", "can barely sit down", "stairs are a nightmare"
    r"(?:cant|cannot|can barely|can hardly|barely|hardly|struggl\w* to) (?:even )?(?:get up|sit down|sit|"
    r"stand up|get off|get out of|climb|go (?:up|down)|do (?:the )?stairs|manage (?:the )?stairs))"
    r"(?! on (?:it|my|that|the))(?: (?:properly|normally|right|straight|downstairs|upstairs|down ?stairs|"
    r"up ?stairs|(?:up|down) (?:the |any )?(?:stairs|steps)))?\b"
)
# Legs that tire before the lungs do (round 10): "going up slopes my legs give out way before my lungs",
# "legs just give out in the last 5k": fatigue, which strength work helps, not an injury. A knee or an
# ankle giving way, or legs that go "from under me", stay acute.
_FATIGUE_CONTEXT = (
    r"(?=.{0,60}\b(?:hills?|climbs?|climbing|slopes?|uphill|downhill|inclines?|lungs?|breath\w*|tired|"
    r"fatigue\w*|end|last|late|miles?|km|k|marathons?|races?|long runs?|before)\b)"
)
_LEGS_TIRE = rx.compile(
    r"\b(?:legs|quads|calves|thighs|hamstrings|muscles|leg muscles) (?:\w+ ){0,3}?(?:just |always |totally "
    r"|completely )?(?:give|gives|giving|gave|go|goes|going|went) out\b(?! (?:from )?under)"
    r"|\b(?:legs|quads|calves|thighs|hamstrings|muscles) (?:\w+ ){0,3}?(?:give|gives|giving|gave) way\b"
    rf"(?! (?:from )?under){_FATIGUE_CONTEXT}"
    # (r19 tg) one leg or side tiring before the other: "on single-leg stuff my left leg gives out way
    # sooner than my right" is an imbalance to train, not a knee giving way
    r"|\b(?:left|right|weak|weaker|other|one) (?:leg|side|calf|quad|thigh|hamstring|glute) (?:\w+ ){0,2}?"
    r"(?:give|gives|giving|gave|go|goes|going|went) (?:out|way)\b(?= (?:\w+ ){0,2}?(?:sooner|faster|"
    r"quicker|earlier|before|than)\b)"
)


# (cheap gates: most messages say neither, and these two run inside every acute() and severe())
_TIRE_GATE = rx.compile(r" (?:out|way)\b")
_WALK_GATE = rx.compile(r"walk|stair|sit|get|stand|climb|go (?:up|down)|manage")


def _sore_not_hurt(text: str) -> str:
    """The text without what session soreness or tired legs say in injury words."""
    if _TIRE_GATE.search(text):
        text = _LEGS_TIRE.sub(" ", text)
    if _WALK_GATE.search(text) and _SESSION_SORE.search(text):
        text = _SORE_WALK.sub(" ", text)
    return text


@lru_cache(maxsize=64)
def acute(text: str) -> bool:
    """Words of an acute injury or sharp pain (pulled, strained, torn, sharp, swollen...). Cached: one
    message is asked about several times (dialogue, the uncovered injuries, the joint fix)."""
    plain = _sore_not_hurt(_NOT_HURT_NOW.sub(" ", denied(text)))
    if arm_hurt(plain):
        plain = _ARM_HURT.sub(" ", plain)
    return bool(_ACUTE.search(plain)) and not pet_hurt(text)


def acute_lead() -> str:
    return ACUTE_LEAD.format(pro=PRO)


# Stop and the professional in the first sentence (r10c: "Get that checked" led before "stop").
NUMB_CORE = f"top the exercise that brings it on and {PRO} before you do it again"
NUMB_WHY = "numbness or tingling isn't a normal training feeling."
NUMB_TEXT = f"S{NUMB_CORE}: {NUMB_WHY}"
# Numbness with a lower leg (or thigh) that is very tight, hard, swollen or painful after exercise: a
# pressure build-up in the muscle can look like this, and it can't wait for a routine appointment.
_LIMB = r"(?:lower legs?|legs?|calf|calves|shins?|thighs?|quads?)"
_TIGHT = r"(?:tight|hard|rock hard|swollen|painful|agony|killing me|throbbing|burning)"
_TIGHT_LIMB = rx.compile(rf"\b{_LIMB}\b(?: \w+){{0,5}} {_TIGHT}\b|\b{_TIGHT} (?:\w+ ){{0,2}}{_LIMB}\b")
_NORMAL_Q = rx.compile(r"\b(?:is|are) (?:that|it|this|they) (?:normal|ok|okay|fine)\b|\bnormal\?*$")
_WORRY_Q = rx.compile(
    r"\bshould i (?:be )?(?:worr\w*|concerned|get (?:it|this|that) (?:checked|looked at)|see)\b|"
    r"\b(?:is|could) (?:that|it|this) (?:be )?(?:bad|serious|a (?:concern|problem|worry)|worrying)\b"
)
URGENT_NUMB_TEXT = (
    "Stop now and get seen today (urgent care or A&E), not at a routine appointment: numbness with a "
    "very tight, painful leg after exercise can mean pressure building up inside the muscle, which "
    "needs checking straight away. Don't train, stretch or massage it in the meantime; if the pain "
    "keeps getting worse or the leg goes pale or cold, call emergency services."
)


# "are calf raises ok?", "will they make it worse?", "should I stop squats?": a yes/no on one exercise
# while it hurts, answered first (before the honest "not covered in detail").
_IS_OK = rx.compile(r"\b(?:is|are) (?:\w+ ){1,4}(?:ok|okay|safe|fine|alright|a good idea)\b")
_WORSE = rx.compile(r"\b(?:make|making) (?:it|things|that|this) worse\b|\baggravat\w*")
# (r15 xe) "should I do something about it?", "do I need to get it checked?", "should I worry?"
_ACT_ASK = rx.compile(
    r"\b(?:should|do|must) i (?:\w+ )?(?:do (?:something|anything)|get (?:it|this|that) (?:checked|"
    r"looked at|seen)|"
    r"see (?:someone|somebody|a physio\w*|a doctor|my gp)|worry|be worried|be concerned|act on it)\b|"
    r"\bdo i need to (?:do (?:something|anything)|get it checked)\b"
)
_DIAGNOSED = rx.compile(
    r"\b(?:diagnosed|my physio (?:says|said|thinks)|(?:was|been|got) told (?:i have|its|it is)|"
    r"scan (?:showed|shows))\b"
)
_IMBALANCE_ASK = rx.compile(r"\b(?:an |a muscle |muscle )?imbalances?\b")
_STOP_ASK = rx.compile(r"\bshould i (?:stop|drop|quit|skip|omit|avoid|cut out)\b")
# "what should I work on", "how can I train around it": an open ask, not a yes/no about carrying on.
_WH_ASK = rx.compile(r"\b(?:what|which|how|where)\s+(?:\w+\s+){0,2}(?:should|can|could|do) i\b")


# Numbness that hasn't gone an hour after stopping ("still hasn't come back an hour later"): today.
_NUMB_STAYS = rx.compile(
    r"\b(?:still (?:hasnt|havent|hasn t|not|numb|tingl\w*|there)|"
    r"(?:hasnt|havent|not|wont|isnt|doesnt) (?:\w+ )?"
    r"(?:come back|gone (?:away|back)|go away|going away|worn off|wear off|wearing off|returned)|"
    r"still like (?:that|this|it)|(?:an|one|1|two|2|a few|few|"
    r"several|couple of) hours?(?: later| after| on)?|since (?:yesterday\w*|this morning|last night|then)|"
    r"all day|for hours)\b"
)
NUMB_STAYS_TEXT = (
    "Stop and get it checked today (urgent care or your doctor), not at a routine appointment: numbness "
    "or tingling that hasn't worn off after you stopped needs seeing promptly. No strength work until "
    "you've been checked; if you also lose strength or control of the foot or leg, call emergency "
    "services."
)


def numb(text: str) -> bool:
    return bool(_NUMB.search(denied(text)))


def numb_text(text: str) -> str:
    """The reply to numbness or tingling: urgent when the leg is also very tight or painful."""
    plain = denied(text)
    if _TIGHT_LIMB.search(plain):
        return URGENT_NUMB_TEXT
    if _NUMB_STAYS.search(plain):
        return NUMB_STAYS_TEXT
    if _NORMAL_Q.search(plain):
        return f"No, {NUMB_WHY[:-1]}: s{NUMB_CORE}."  # "is that normal?"
    if _GO_ON.search(plain):
        return f"No: s{NUMB_CORE}; {NUMB_WHY}"  # "should I keep going?": not through it
    if _WORRY_Q.search(plain):
        return f"Yes: s{NUMB_CORE}; {NUMB_WHY}"  # "should I worry?": the verdict first
    return NUMB_TEXT


# Back from an injury that has healed ("coming back from a stress fracture, when can I lift again?"),
# with no pain told now: not "stop", but when and how to return.
_RETURNING = rx.compile(
    r"\b(?:(?:coming|come|came|getting|got) back (?:from|after)|returning (?:from|after)|recovered from|"
    r"(?:healed|recovered) (?:up )?(?:now|fully)|back running after|after (?:a|my) (?:\w+ ){0,3}"
    r"(?:fracture|sprain|strain|tear|injury|break) (?:healed|has healed|is healed)|"
    # (r17 ve) "my physio says it's healing well", "on the mend": healing, told as going well
    r"(?:healing|mending|recovering) (?:really |very )?(?:well|nicely|fine|great|ok|okay)|on the mend)\b"
)
# An old injury told as such (round 8): "pulled my hamstring a few months back, it's better now",
# "tore my quad two years ago", "sprained it last season, all good now". Months, years or a season
# back is old on its own; weeks back, or "a while ago", only with a word that it has healed.
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
_OLD = rx.compile(
    r"\b(?:(?:a few|a couple of|couple of|couple|few|several|some|two|three|four|five|six|eight|nine|ten|"
    r"\d+|a|one|many|\d+ or \d+) (?:months?|years?|seasons?|yrs?) (?:ago|back|before)|"
    r"last (?:season|year|yr|summer|winter|spring|autumn|fall|marathon season|race season)|"
    r"(?:back )?in (?:the )?(?:spring|summer|autumn|fall|winter|\d{4})\b(?! (?:race|season|training))|"
    rf"back in {_MONTH}|in {_MONTH} (?:last year|\d{{4}})|"
    # "tore my calf in march": an injury told in the past, in a month
    rf"(?:tore|torn|strained|pulled|sprained|injured|hurt|broke|rolled|tweaked|had) (?:my |a |an )?(?:\w+ )"
    rf"{{0,2}}in {_MONTH}|"
    r"from (?:the |last )(?:winter|spring|summer|autumn|fall|season|year)|"
    r"years (?:ago|back|before)|ages (?:ago|back)|long time ago|"
    # (r14 wb) a past told by the life it happened in: "pulled one twice back then", "in my footy days",
    # "when I played rugby", "as a teenager", "at uni", "in the past"
    r"back then|back in the day|in the past|used to (?:\w+ ){0,2}(?:pull|strain|tear|sprain|tweak|injure)\w*|"
    r"in (?:my|our) (?:\w+ ){0,2}(?:days|years|career|youth|teens|twenties|thirties)|"
    r"when i (?:was (?:younger|a (?:kid|teen\w*|junior|student))|"
    r"(?:used to )?play(?:ed)? (?:\w+ ){0,2}(?:football|rugby|soccer|footy|hockey|basketball|netball|"
    r"cricket|tennis|sport)|was at (?:uni|school|college))|as a (?:kid|child|teen\w*|junior|student)|"
    r"(?:at|in|during) (?:uni|university|college|high school|school)\b(?= .{0,40}\b(?:tore|torn|strained|"
    r"pulled|sprained|injured|broke|had)\b)|"
    r"an old (?:\w+ )?(?:injury|strain|tear|sprain|pull|fracture|break)|"
    r"old (?:hamstring|calf|quad|groin|ankle|knee|achilles|foot|leg|shin|hip|wrist) (?:injury|strain|tear|"
    r"sprain|pull|fracture|break)|"
    # (r15 xd) "old ankle fracture, long healed", "healed years ago"
    r"(?:long|fully|properly|completely) healed|healed (?:up )?(?:years|months|ages) (?:ago|back))\b"
)
_OLDISH = rx.compile(
    r"\b(?:(?:a few|a couple of|couple of|few|several|two|three|four|five|six|\d+) weeks? (?:ago|back)|"
    r"last week|a week (?:ago|back)|"
    r"a while (?:ago|back)|last month|before (?:christmas|the summer|the winter))\b"
)
_BETTER = rx.compile(
    r"\b(?:(?:its|it is|its been|it has been|all|feels?|feeling|im|i am|been|now|seems?) (?:\w+ )?"
    r"(?:better|fine|ok|okay|good|healed|recovered|sorted|settled)\b|"
    r"(?:better|fine|ok|okay|all good|healed|recovered|settled|sorted|rehabbed) now|fully rehabbed|"
    r"(?:has|have|had|is) (?:\w+ )?(?:healed|settled|recovered|cleared up|gone)|healed "
    r"(?:ok|okay|fine|well|up)|"
    r"back to (?:\w+ ){0,2}(?:normal|running|full|racing|training)|back (?:running|racing|training)|"
    r"running (?:again|normally|fine) (?:now|since)|"
    r"(?:running|racing) (?:on it )?(?:again|fine|normally) (?:for|since)|still running)\b"
)
_NOW = rx.compile(
    r"\b(?:hurts?|hurting|pain\w*|sore|swollen|swelling|sharp|stabbing|ache|aches|aching|limp\w*|"
    r"throbbing|bruised|tender|flaring|flares up|"
    # ("still feels wobbly", "still weaker", "that leg is still smaller": what the injury left behind, not
    # pain now; "still bothers me", "still not right" is)
    r"still (?:\w+ )?(?:bother\w*|not right|playing up|niggl\w*|grumbl\w*|twing\w*|giving me (?:grief|gyp|"
    r"trouble)|an issue|a problem))\b"
)
RETURN_TEXT = (
    "{lead}: they know how it healed, so their go-ahead comes first. "
    "{name} isn't covered in detail here; in general, once cleared, start light and build up over the "
    "weeks, twice a week: calf raises, bridges, step-ups and one-legged moves, with no hopping or jumping "
    "until running feels normal again, and stop anything that brings the pain back."
)


_STRENGTH_THING = rx.compile(
    r"\b(?:is|could|would|might) (?:that|it|this) (?:be )?(?:a |an )?(?:\w+ )?(?:strength|weakness|weak) "
    r"(?:thing|issue|problem)\b|\b(?:is|could|would) (?:that|it|this) (?:be )?(?:from|because of|down to) "
    r"(?:weak|weakness)\b|"
    # "could weak legs be part of it?", "is it because my glutes are weak?", "might it be weak hips?"
    r"\b(?:could|might|would|can|is) (?:it be |this be |that be )?(?:because of |down to |from )?"
    r"(?:my )?(?:weak |weakness in (?:my )?|lack of strength in (?:my )?)(?:\w+ )?"
    r"(?:legs?|glutes?|hips?|quads?|hamstrings?|calf|calves|muscles?|core|bum|butt)\b|"
    r"\bbecause (?:my )?(?:legs?|glutes?|hips?|quads?|hamstrings?|calves|muscles?) (?:are|is) weak\b|"
    # "is that strength related?", "could it be related to weakness?"
    r"\b(?:is|could|would|might) (?:that|it|this|they) (?:be )?(?:strength|weakness) ?related\b|"
    r"\b(?:is|could|would|might) (?:that|it|this|they) (?:be )?(?:related|linked|down) to "
    r"(?:strength|weak\w*)\b"
)


# Words that put a pop or a snap in the present ("felt a pop today", "rolled it again this morning").
_FRESH = rx.compile(
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight|yesterday|just now|mid \w+|during|"
    # (r17 uc) not the filler "just": "I just want to make sure it never happens again"
    r"just(?! (?:want|wanted|wanna|need|needed|like|trying|tryna|wondering|curious|asking|says?|said|"
    r"do|run|to|so|in case|because)\b))\b"
)
_SURGERY = rx.compile(
    r"\b(?:surgery|surgeries|operation|operated on|op on|reconstruction|reconstructed|repair(?:ed)?|"
    r"scoped|arthroscop\w*|keyhole|"
    # (r14 wb) "had a meniscus trim years ago", "knee clean-up", "menisectomy"
    r"(?:meniscus|cartilage|knee) (?:trim|trimmed|clean ?up|cleaned (?:up|out)|shaved)|menis?cectomy|"
    r"menisectomy)\b"
)


# The injury itself named as a noun ("old hamstring tear from 2 years ago", "a sprain last season").
# (r17 uc) plurals too: "had two stress fractures last year"
_OLD_HURT = rx.compile(
    r"\b(?:tears?|strains?|sprains?|fractures?|breaks?|injury|injuries|pulls?|ruptures?)\b"
)


# Pain-free now, said outright (r10c: "after my calf strain one leg is weaker. Now I run again without
# pain"): the injury is history, and "pain" here isn't pain now.
_PAIN_FREE = rx.compile(
    r"\b(?:without (?:any )?(?:pain|problems?|issues?)|(?:with )?no (?:more |further )?pain|pain ?free|"
    r"(?:doesnt|does not|dont|no longer|not) (?:hurt|hurting|sore|painful)(?: (?:any ?more|now|at all))?)\b"
)
_AFTER_HURT = rx.compile(
    r"\b(?:after|since|from|had) (?:my|the|a|an) (?:\w+ ){0,2}(?:strain|tear|sprain|injury|pull|fracture|"
    r"break)\b"
)
_TODAY = rx.compile(r"\b(?:today|yesterday|this (?:morning|afternoon|evening)|tonight|last night|just now)\b")


# A flare-up feared, not felt ("add strength without it flaring up again"): no pain now.
_FEARED = rx.compile(
    r"\b(?:without|not|never|dont want|so it doesnt|so it wont|keep it from|stop it|avoid\w*) (?:\w+ ){0,3}"
    r"(?:flaring|flare|flares|hurting|aching|pain)(?: up)?(?: again)?\b"
)


# (r14 wb) A hurt told as today's news beside an old one ("tore it years ago and just pulled it again",
# "strained it again this morning"): today's injury, not history.
_JUST_HURT = rx.compile(
    r"\b(?:just|only just|again (?:today|yesterday|this (?:morning|afternoon|evening)|last night)) "
    r"(?:\w+ )?(?:pulled|strained|tore|torn|sprained|tweaked|rolled|injured|hurt|twinged)\b|"
    r"\b(?:pulled|strained|tore|sprained|tweaked|rolled|injured|hurt) (?:\w+ ){0,3}(?:today|yesterday|"
    r"this (?:morning|afternoon|evening)|last night|just now)\b"
)


def returning(text: str) -> bool:
    """Back from a healed injury, nothing hurting now (normalised text): said so ("coming back from"),
    or a while back and better now, or a strain or tear told as long ago ("last season")."""
    if _AFTER_HURT.search(text) and not severe(text) and not _TODAY.search(text):
        # "after my ankle sprain I'm back running, no pain, but it feels wobbly": history, not today
        free = _PAIN_FREE.sub(" ", text)
        if (_PAIN_FREE.search(text) or _BETTER.search(text)) and not _NOW.search(free):
            return True
    told = (
        _RETURNING.search(text)
        or ((_OLD.search(text) or _OLDISH.search(text)) and _BETTER.search(text))
        # "tore my quad two years ago": the tear is history, not today's news
        or (_OLD.search(text) and (_ACUTE.search(denied(text)) or _OLD_HURT.search(text)))
        # "acl surgery 2 yrs ago", "meniscus surgery in 2015": the operation is history too
        or (_OLD.search(text) and _SURGERY.search(text))
    )
    # (a joint replacement asked about: its own answer, the surgeon first)
    # (an old injury with a new pop, snap or can't-bear-weight is today's injury: severe wins)
    fresh = (severe(text) and _FRESH.search(text)) or _JUST_HURT.search(text)
    # ("broke my ankle last year, now pain free": the "pain" of pain-free is none)
    now = _NOW.search(_PAIN_FREE.sub(" ", _FEARED.sub(" ", text)))
    return bool(told) and not now and not _REPLACED_OK.search(text) and not fresh


# (r15 xe) An operation weeks back, not years ("knee surgery last month", "ACL reconstruction 6 weeks
# ago", "just had my meniscus repaired"): the surgeon's or physio's rehab plan, not a general verdict.
_RECENT = rx.compile(
    r"\b(?:(?:\d+|a few|a couple of|couple of|few|two|three|four|five|six|eight|ten|twelve) "
    r"(?:days?|weeks?|wks?) (?:ago|back|out|post ?op)|last (?:week|month)|a (?:week|month) ago|"
    r"(?:just|recently) (?:had|got)|"
    r"(?:this|last) (?:week|month)|post ?op|recovering from)\b"
)
RECENT_SURGERY_TEXT = (
    "your surgeon's or physio's rehab plan comes first: they know what the repair can take and when, and "
    "the article doesn't cover rehab after an operation. Do the exercises they give you; once they clear "
    "you for general strength work, start light with moves that don't load the operated part, build up "
    "gradually, and stop anything that hurts."
)


def recent_surgery(text: str) -> str | None:
    """The reply for an operation told as recent (normalised text), or None."""
    if (
        not _SURGERY.search(text)
        or not _RECENT.search(text)
        or _OLD.search(text)
        or _REPLACED_OK.search(text)
    ):
        return None
    if cleared(text) or arm_hurt(text):
        return None  # (cleared already: a comeback; an arm operated on: the legs are free to train)
    yes_no = rx.search(r"\b(?:can|could|should|is it|ok|okay|safe|alright)\b", text) and not rx.search(
        r"\b(?:what|which|how)\b", text
    )
    lead = "Not without their OK. " if yes_no else ""
    return lead + RECENT_SURGERY_TEXT[:1].upper() + RECENT_SURGERY_TEXT[1:]


def cleared(text: str) -> bool:
    """The runner says a professional has cleared them ("cleared to run again")."""
    return bool(_CLEARED.search(text))


def goes_on(text: str) -> bool:
    """A yes/no about training on through it ("can I still lift tomorrow?"). Not after a snap, a pop
    or a leg that can't push off: the severe lead's own "Stop now" answers it, and comes first."""
    return bool(_GO_ON.search(text)) and not severe(text)


_USUALLY_YES = "Usually yes. "


@dataclass(frozen=True)
class Uncovered:
    """A common running injury the article doesn't cover: an honest general answer."""

    id: str
    name: str
    pattern: re.Pattern[str]
    general: str  # what is generally sensible, in plain words
    pointer: str  # a command for the related strength work
    outro: str = ""  # the closing line, when not "for a diagnosis and a plan, see..."
    closing: str = ""  # (r17 ud) who tailors it, for a lifelong condition rather than an injury to diagnose
    yes_lead: str = ""  # (r17 ud) the verdict on "can I / is it ok", when not "if it stays pain-free"


_UNCOVERED: tuple[Uncovered, ...] = (
    Uncovered(
        "pregnant",
        "Training while pregnant",
        # pregnant now, in any wording ("24 and pregnant", "pregnant with my second", "20 weeks pregnant",
        # "in my 2nd trimester"), not back after a baby
        rx.compile(
            r"^(?!.*\b(?:postpartum|post partum|post natal|postnatal|had (?:a|my|the) (?:baby|son|daughter|"
            r"twins)|gave birth|since (?:the |my )?(?:baby|birth|pregnancy)|"
            r"after (?:the |my |a )?(?:baby|birth|"
            r"pregnancy|c section)|c section|months? old|weeks? old|"
            r"before (?:i )?(?:got|was|became|fell) pregnant|"
            r"(?:baby|son|daughter|little one|twins) (?:is|are|s|just turned|turned) (?:now )?(?:\w+ )?"
            r"(?:months?|weeks?|years?)|newborn|cleared (?:me )?(?:to|for) (?:exercise|run|train))\b)"
            r".*\b(?:pregnant|trimester|pregnancy|expecting (?:a baby|twins|triplets|our|my|baby|"
            r"(?:a |our |my )?(?:second|third|fourth|2nd|3rd|4th|first)(?: baby| child)?))\b|"
            # (r18 ta) pregnant now, said outright, whatever the story says of before ("I'm 20 weeks
            # pregnant... Before I got pregnant I did bridges")
            r"\b(?:im|i am|i m) (?:currently |now |still )?(?:\d+|\w+) (?:weeks?|months?) pregnant\b|"
            r"\b(?:im|i am|i m) (?:currently |now )?in my (?:first|second|third|1st|2nd|3rd) trimester\b"
        ),
        "",
        "/workout home",
    ),
    Uncovered(
        "illness",
        "Coming back after an illness",
        # back after being ill ("back from covid, legs feel like lead", "just getting over the flu"), not
        # feeling ill now with chest pain or dizziness (those have the stop-now answer)
        rx.compile(
            r"\b(?:(?:back|coming back|returning|recovering|recovered) (?:\w+ )?from|getting over|got over|"
            r"had|after|post|since) (?:having |a bout of |my |the |i had |a week of )?"
            # ((r18 tf) "getting over a bad flu", "been ill for 10 days")
            r"(?:(?:a |the )?(?:bad |nasty |horrible |rough |awful |heavy |really bad )?(?:dose of )?"
            r"(?:covid|flu|cold|virus|chest infection|bug|stomach bug)|"
            r"(?:being )?(?:ill|sick)|illness|an illness|"
            r"glandular fever|a chest infection|a virus|a bug|long covid)\b|"
            r"\b(?:ive|i have|i ve|been|was) (?:been )?(?:really |very |quite |pretty )?(?:ill|sick)(?! of)\b"
        ),
        "",
        "/workout home",
    ),
    Uncovered(
        "weak_ankles",
        "Weak or wobbly ankles",
        rx.compile(
            # (weak ankles as one line of a routine or plan request: that request answers it)
            r"^(?!.*\b(?:pain\w*|hurts?|hurting|swollen|swelling|sprain\w*|rolled|twisted|routine|plan|"
            r"session|programme|program|schedule|husband|wife|partner)\b).*"
            r"\b(?:weak|wobbly|unstable|dodgy|bad|floppy|rolly) ankles?\b"
        ),
        "",
        "/exercise calf raise",
    ),
    Uncovered(
        "back",
        "Back pain",
        rx.compile(
            r"\b(?:(?:lower )?back (?:pain|hurts?|aches?|aching|achy|twinged?|is (?:sore|stiff|killing me)|"
            r"(?:gets|goes|feels|is|starts) (?:\w+ )?(?:achy|sore|stiff|painful|tight)|"
            r"sore|stiff|tweaked|"
            r"went|spasms?)|(?:hurt|tweaked|twinged|strained|pulled|injured|tore) (?:my )?(?:lower )?back|"
            r"sciatica|slipped disc|back (?:has |just )?(?:seized|seizing|locked|gave out|went into spasm)|"
            # round 9: "a sore lower back/sacroiliac pain", "achy lower back", "si joint pain"
            r"sacroiliac|sacro iliac|si joint|"
            r"(?:sore|achy|aching|painful|grumbly) (?:lower |low )?back(?! of)|"
            r"lower back (?:\w+ ){0,3}(?:pain|hurts?|aches?|aching|achy|sore|stiff|niggl\w*|twing\w*|"
            r"grumbl\w*))\b"
        ),
        "Weak glutes can let your trunk tip forward late in a run, so glute work such as the bridge is a "
        "reasonable part of the plan once it's checked. But back pain isn't something to train through: "
        "avoid loaded lunges, squats and anything that brings it on until then.",
        "/ask form",
    ),
    Uncovered(
        "piriformis",
        "Deep buttock pain (such as piriformis syndrome)",
        rx.compile(
            r"\b(?:piriformis|deep in (?:my |the )?(?:butt|buttock|bum|glute)s?|buttock pain|butt pain|"
            r"sciatic)\b"
        ),
        "Don't stretch or strengthen into the pain; once it's calm, gentle glute and hip work (bridges, "
        "side-lying hip raises) is the usual strength side, kept pain-free.",
        "/muscle glutes",
    ),
    Uncovered(
        "itb",
        "IT band pain",
        rx.compile(
            r"\b(?:it ?band|itb|itbs|iliotibial|outside of (?:my |the )?knee|outer knee|"
            r"knees? (?:\w+ ){0,3}on the outside)\b"
        ),
        "Ease off the running that brings it on, and keep the hips and glutes strong: weak hip "
        "muscles let the leg angle in or swing out of line, which loads the outside of the knee.",
        "/exercise side-lying hip raise",
    ),
    Uncovered(
        "foot_top",
        "Pain on the top or outside of the foot",
        rx.compile(
            r"\b(?:(?:top|side|outside|outer (?:edge|side)|outer) of (?:my |the )?(?:left |right )?(?:foot|"
            r"feet)|"
            r"(?:foot|feet) (?:\w+ ){0,2}on (?:the )?(?:top|outside|side))\b"
            r"(?=.{0,60}\b(?:pain\w*|hurts?|hurting|aches?|aching|achy|sore|tender|niggl\w*|twing\w*)\b)|"
            r"\b(?:pain\w*|hurts?|hurting|aches?|aching|achy|sore|tender)\b.{0,30}"
            r"\b(?:(?:top|outside|outer edge|outer side) of (?:my |the )?(?:left |right )?(?:foot|feet))\b"
        ),
        "Ease off the running that brings it on, and check your laces and shoes aren't pressing there. Pain "
        "in one spot on a foot bone that's sore to press or there at rest can be a stress fracture, so get "
        "that seen before you run on it. Once it's calm, calf raises and balance work, pain-free, help the "
        "foot.",
        "/exercise calf raise",
    ),
    Uncovered(
        "groin",
        "Groin pain",
        rx.compile(
            r"\b(?:groin (?:pain|hurts?|hurting|aches?|aching|achy|is (?:sore|tight|killing me)|sore|"
            r"niggl\w*|"
            r"twing\w*)|(?:pain|ache|aching|sore(?:ness)?|twinge) (?:\w+ ){0,2}(?:in|at) (?:my |the )?groin|"
            r"adductors? (?:pain|hurts?|strain|aches?|sore)|(?:sore|achy|painful|tight) groin)\b"
        ),
        "Ease off what brings it on (sprints, side-to-side moves, kicking); once it's calm, gentle hip and "
        "glute work (the bridge, the lying leg lift), kept pain-free, is the usual strength side.",
        "/muscle hips",
    ),
    Uncovered(
        "toe",
        "Toe pain",
        rx.compile(
            r"\b(?:(?:big |little |second )?toes? (?:joint )?(?:pain|hurts?|hurting|aches?|aching|achy|sore|"
            r"is sore|"
            r"stiff|swollen|throbb\w*)|(?:pain|ache|aching|sore(?:ness)?) (?:in|under|at) (?:my |the )?"
            r"(?:big |little )?toes?|bunions?|turf toe|hallux)\b"
        ),
        "Check your shoes first (a toe box that's too tight or too short is a common cause), and ease "
        "off the "
        "running that brings it on. A joint that's red, swollen or stiff needs seeing; the article's foot "
        "work (calf raises) helps only once it's calm.",
        "/exercise calf raise",
    ),
    Uncovered(
        "knee_back",
        "Pain behind the knee",
        rx.compile(
            r"\b(?:back of (?:my |the )?(?:left |right )?knees?|behind (?:my |the )?(?:left |right "
            r")?knees?)\b"
            r"(?=.{0,40}\b(?:pain\w*|hurts?|hurting|aches?|aching|achy|sore|niggl\w*|twing\w*)\b)|"
            r"\b(?:pain\w*|hurts?|hurting|aches?|aching|achy|sore)\b.{0,30}"
            r"\b(?:back of (?:my |the )?knees?|behind (?:my |the )?knees?)\b"
        ),
        "The hamstring and calf tendons cross there, so ease off the running that brings it on, and "
        "once it's "
        "calm keep the hamstrings and calves strong (hamstring curls, calf raises), pain-free. Swelling "
        "behind "
        "the knee, or a calf that is swollen, warm or tender, needs a doctor promptly.",
        "/muscle hamstrings",
    ),
    Uncovered(
        "kneecap_noise",
        "Grinding under the kneecap",
        rx.compile(
            r"^(?!.*\b(?:hurts?|hurting|painful|sharp|swollen|swelling|locks?|locking|gives? way)\b)"
            r".*\b(?:knee ?caps?|knees?)\b(?: \w+){0,3}? (?:grind\w*|crunch\w*|grat(?:e|es|ing)|crackl\w*)\b"
        ),
        "",
        "/muscle quads",
    ),
    Uncovered(
        "plantar",
        "Heel and arch pain (such as plantar fasciitis)",
        rx.compile(
            r"\b(?:plantar|fasciitis|fascitis|heel pain|arch pain|heel hurts|bottom of (?:my |the )?foot|"
            r"(?:arch|arches|heels?|soles?|feet|foot) (?:and \w+ )?"
            r"(?:pain|aches?|aching|hurts?|hurting|sore)|"
            r"(?:pain|aches?|aching|sore(?:ness)?) (?:in|under) (?:my |the )?"
            r"(?:arch|arches|heels?|feet|foot))\b"
        ),
        "Cut back the running that hurts, and strong calves help the foot: slow calf raises, done pain-free.",
        "/exercise calf raise",
    ),
    Uncovered(
        "achilles",
        "Achilles tendon pain",
        rx.compile(r"\b(?:achilles|achillies|achilies|heel cord|back of (?:my |the )?heels?)\b"),
        "Don't push through tendon pain. Slow, controlled calf raises are the usual strength work, once "
        "they're pain-free; build up gradually.",
        "/exercise calf raise",
    ),
    Uncovered(
        # (r15 xe) a bone broken by a knock, a fall or a twist ("broke my ankle last year", "a fractured
        # tibia"), not the overuse crack: once it has healed, a gradual rebuild, not the stress-fracture
        # answer
        "broken_bone",
        "A broken bone",
        rx.compile(
            r"\b(?:(?:broke|broken|fractured|cracked|busted|snapped) (?:my |a |the |an )?(?:left |right )?"
            r"(?:ankles?|legs?|foot|feet|tibia|fibula|shin ?bone|toes?|heel|kneecap|patella|femur|"
            r"hip|metatarsals?)|(?:ankles?|legs?|foot|tibia|fibula|toes?|kneecap|patella|femur|hip|"
            r"metatarsal) (?:is |was |got )?(?:fracture[ds]?|break|broken)|"
            r"(?:ankles?|legs?|foot|tibia|fibula|kneecap|femur|hip) (?:\w+ )?(?:cast|boot|pins?|plates?))\b"
        ),
        "Once the bone has healed and you're cleared, rebuild gradually: start light with calf raises, "
        "bridges, step-ups and one-legged balance moves, twice a week, and leave hopping and jumping until "
        "running feels normal again.",
        "/workout home",
    ),
    Uncovered(
        "stress_fracture",
        "A stress fracture",
        rx.compile(
            r"\b(?:stress fractures?|stress reaction|fractured?|broken bone|metatarsal|pinpoint|"
            r"(?:one|a single|one small|a small|a tiny|a specific|one exact|an exact) spot on "
            r"(?:my |the )?"
            r"(?:shin|bone|foot|tibia)|"
            # pain in a bone of the lower leg or foot that is pinpoint, tender to press or there at rest
            r"(?:shin|tibia|foot|metatarsal|bone)\b.{0,80}\b(?:(?:one|exact|single|specific|same) spot|"
            r"(?:tender|sore|painful|hurts?) (?:to (?:the )?(?:touch|press)|when i press|"
            r"(?:even )?(?:sitting|at rest|"
            r"at night|resting))|cant hop|cannot hop|(?:sore|tender|painful) to press|"
            r"(?:hurts?|painful|pain) (?:when|if) i (?:hop|jump)|(?:a |theres a |there is a )?lump)|"
            r"(?:one|exact|single|specific) spot\b.{0,60}\b(?:shin|tibia|foot|bone))\b"
        ),
        "Pain in one spot on a bone that gets worse with running needs a doctor before any more "
        "running or jumping: it can need a scan and weeks off impact.",
        "/ask injury prevention",
    ),
    Uncovered(
        "meniscus",
        "A meniscus or ligament injury",
        rx.compile(
            r"\b(?:meniscus|menisci|acl|mcl|cartilage|(?:torn|tore|sprained|damaged) (?:a |my )?ligament|"
            r"ligament (?:tear|injury|damage|sprain))\b"
        ),
        "A knee that locks, swells or gives way needs a proper diagnosis; until then avoid deep knee "
        "bends and twisting, and keep the rest of the leg moving gently.",
        "/muscle quads",
    ),
    Uncovered(
        "ankle_sprain",
        "An ankle sprain",
        rx.compile(
            r"\b(?:ankle sprains?|sprained (?:my |an |the |that )?(?:left |right )?ankles?|"
            r"(?:rolled|twisted|turned) (?:my )?(?:left |right )?ankles?|"
            r"ankles? (?:\w+ )?(?:rolled|twisted|turned|went over|gave way)|"
            r"(?:old|bad|dodgy) (?:ankle )?sprain|ankles? (?:\w+ ){0,6}?(?:from|after) (?:a|an|my|the|that) "
            r"(?:\w+ )?sprain|"
            r"ankles? (?:\w+ ){0,6}?(?:since|after|from when) i (?:sprained|rolled|twisted) it)\b"
        ),
        "Rest it while it's swollen, then rebuild gradually: balance work and calf raises once you can "
        "walk without pain.",
        "/exercise calf raise",
    ),
    Uncovered(
        "tendon",
        "Tendon pain (tendinitis)",
        rx.compile(
            r"\b(?:tendinitis|tendonitis|tendinopathy|patellar tendon|jumpers knee|hamstring attachment|"
            r"high hamstring|(?:sit|sitting|sits) bones?)\b"
        ),
        "Tendons like slow, gradual loading and dislike sudden jumps in training: ease off what hurts "
        "and build back up slowly.",
        "/ask how to progress",
    ),
    Uncovered(
        "hip_pain",
        "Hip pain (hip flexor or outer hip)",
        rx.compile(
            r"\b(?:hip flexors? (?:\w+ ){0,3}(?:pain|strain|aches?|achy|hurts?|sore|tight|niggl\w*|twing\w*|"
            r"thing|issue|problem)|"
            r"(?:hip )?bursitis|trochanteric|"
            # the front or outside of the hip as where it hurts, not "what do the muscles at the front of
            # my hip do"
            r"(?:(?:front|outside|side) of (?:my |the )?(?:left |right |bad )?hips?|outer hips?|"
            r"hips? (?:\w+ ){0,3}on the (?:outside|side|front)|(?:lie|"
            r"lying|sleep\w*) on (?:my |that |the )?(?:\w+ )?hip)\b"
            r"(?=.{0,40}\b(?:pain\w*|hurts?|hurting|aches?|aching|achy|sore|tender|niggl\w*|twinge\w*)\b)|"
            r"(?:pain\w*|hurts?|hurting|aches?|aching|achy|sore|tender|niggl\w*)\b.{0,40}"
            r"\b(?:(?:front|outside|side) of (?:my |the )?hips?|outer hips?|"
            r"hips? (?:\w+ ){0,3}on the (?:outside|side|front))|"
            r"hips? (?:hurts?|hurting|aches?|aching|is sore|sore|"
            r"pain) (?:\w+ ){0,2}(?:on|at|down) the (?:outside|side|front)|"
            # hip pain at night or at rest: not a training ache
            r"(?:pain|ache|aching|hurts?)\b.{0,25}\bhips?\b.{0,30}\b(?:wakes? me|"
            r"at night|at rest|when i lie)|"
            r"hips?\b.{0,30}\b(?:pain|ache|aching|"
            r"hurts?)\b.{0,30}\b(?:wakes? me|at night|at rest|when i lie))\b"
        ),
        "Ease off the running that brings it on. Strong hips and glutes usually help: the side-lying hip "
        "raise, the lying leg lift and the bridge, kept pain-free, twice a week.",
        "/muscle hips",
    ),
    Uncovered(
        "bones",
        "Osteoporosis or low bone density",
        # (r10c: "I have osteoporosis, are the hopping drills safe" got the hop progression, no doctor)
        rx.compile(
            r"\b(?:osteo ?porosis|osteo ?porotic|osteo ?penia|low bone (?:density|mass)|brittle bones|"
            r"thin(?:ning)? bones|"
            r"bone density (?:is )?(?:low|poor))\b"
        ),
        "Strength work with a comfortable weight is usually encouraged for bone health: slow, controlled "
        "calf raises, step-ups, bridges and the leg press. Hopping and jumping drills are high-impact, so "
        "ask your doctor or physio before adding any.",
        "/exercise calf raise",
    ),
    Uncovered(
        # (r15 yc) a stroke or a nerve condition told as the runner's own history ("had a stroke two years
        # ago, one side is weaker", "I have MS"): their doctor's or physio's OK first, then a gentle plan,
        # not the one-legged rule or a warm-up tip on its own
        "condition",
        "Training after a stroke or with a condition like MS",
        rx.compile(
            r"\b(?:(?:had|have|since|after|from|recovering from|survived) (?:a |my |the )?"
            r"(?:(?!heat |sun )\w+ )?"
            r"stroke(?! (?:rate|count|length|cycle))|"
            r"stroke (?:survivor|patient)|multiple sclerosis|(?:i have|with|diagnosed with|due to|because of|"
            r"from|got) ms|parkinson\w*|"
            r"cerebral palsy|(?:brain|spinal cord) injury|hemiplegi\w*|hemipar\w*|"
            # (t27) "finished chemo 5 months ago", "after cancer treatment"
            r"chemo\w*|radiotherapy|radiation therapy|cancer treatment|"
            r"(?:had|beat|beaten|after|since|survivor of|recovering from) (?:\w+ )?cancer|cancer survivor)\b"
        ),
        "In general: bridges, calf raises and step-ups onto a low step, slow and controlled with a "
        "comfortable load and a chair or wall within reach for balance; work the weaker leg on its own too "
        "(holding on), and build up gradually, twice a week.",
        "/exercise one-legged squat",
    ),
    Uncovered(
        # (r17 ud) "I have type 1 diabetes, anything special for leg strength days?" got the how-often line
        "diabetes",
        "Training with diabetes",
        rx.compile(r"\b(?:diabet\w*|t1d|t2d|type (?:1|2|one|two) diabet\w*|on insulin|insulin pump)\b"),
        "Strength work is usually encouraged with diabetes, and the plan is the same as anyone's (twice a "
        "week, 15 to 20 minutes, off hard-run days). Check your glucose before and after, since a leg "
        "session can move it differently from a run, keep fast-acting sugar to hand, and check your feet "
        "for blisters or sores.",
        "/workout home",
        closing="Your diabetes team can fine-tune it to your medication.",
        yes_lead=_USUALLY_YES,
    ),
    Uncovered(
        # (r17 ud) "below-knee prosthesis on my left leg, which exercises can I adapt?" got the session length
        "limb",
        "Training with a prosthesis or amputation",
        rx.compile(
            r"\b(?:amput\w*|prosthes[ie]s|prosthetic\w*|running blades?|(?:below|above) (?:the )?knee "
            r"(?:amp|bka|aka)|(?:lost|losing|lose) (?:my|a|the|one) (?:left |right )?(?:leg|foot))\b"
        ),
        "Most of the moves adapt. Bridges, hamstring push-ups and the side-lying hip raise work both sides "
        "lying down; do calf raises, one-legged squats and step-ups on your sound leg holding a rail, and "
        "put load through the prosthesis only as far as it's comfortable, checking the skin under the "
        "socket afterwards.",
        "/exercise bridge",
        closing="Your prosthetist or physio can tailor it to your leg and socket.",
        yes_lead=_USUALLY_YES,
    ),
    Uncovered(
        # (r17 ud) "had a baby 8 weeks ago, when can I start plyometrics again?" got the hop progression and
        # "had my daughter 10 weeks ago, is hopping ok yet?" a "Yes, you're ready": jumping is the last thing
        # back after a birth, after a physio's check
        "baby_jumps",
        "Jumping after having a baby",
        rx.compile(
            r"^(?!.*\b(?:cleared|signed off|given the (?:ok|all clear)|all clear)\b)"
            r"(?=.*\b(?:postpartum|post partum|postnatal|post natal|gave birth|c section|caesarean|"
            r"had (?:a|my|the|our) (?:baby|son|daughter|twins|little one)|new (?:mum|mom|mother)|"
            r"since (?:the |my )?birth)\b)"
            r".*\b(?:plyo\w*|jump\w*|hop|hops|hopping|bound\w*|skipping|box hops?|line hops?)\b"
        ),
        "Jumping waits for a physio's OK (a pelvic-health physio is ideal) and usually until at least about "
        "three months after the birth: hops and bounds are the highest-impact work there is for a pelvic "
        "floor that's still recovering. Rebuild first with bridges, wall squats and calf raises until they "
        "feel easy.",
        "/exercise bridge",
        closing=(
            "Once you're cleared, start with low line hops, and stop if you leak, feel heaviness or pain."
        ),
        yes_lead="Not yet. ",
    ),
    Uncovered(
        "arthritis",
        "Arthritis",
        rx.compile(
            r"\b(?:osteo ?arthritis|arthritis|arthritic|oa in my|wear and tear in my (?:knee|hip)s?)\b"
        ),
        "Strength work is usually encouraged for arthritic joints when it's pain-free: slow, controlled "
        "moves with a comfortable weight (leg press, step-ups, bridges), not too deep and never locking "
        "the knee, and stop anything that flares it.",
        "/exercise leg press",
    ),
    Uncovered(
        "hamstring_strain",
        "A pulled hamstring or groin",
        rx.compile(
            r"\b(?:(?:pulled|strained|tore|torn|tweaked|injured) (?:my |a )?(?:hamstring|hammy|hammie|groin)|"
            r"(?:hamstring|hammy|groin) (?:strain|tear|pull|injury))\b"
        ),
        "Rest it until walking is comfortable, then bring strength work back gently (bridges, then "
        "hamstring work) without pushing into pain.",
        "/muscle hamstrings",
    ),
    Uncovered(
        "calf_strain",
        "A calf strain",
        rx.compile(
            r"\b(?:(?:pulled|strained|tore|torn|tweaked|injured|ripped) (?:my |a )?(?:left |right )?"
            r"(?:calf|calves|calf muscle)|(?:calf|calves) (?:strain|tear|pull|injury))\b"
        ),
        "Rest it until walking is comfortable, then bring calf raises back gently: both legs, slowly, "
        "then one leg, never pushing into pain.",
        "/exercise calf raise",
    ),
)


# A muscle of the leg that is sore, achy or tight from running, told with no strength session and no
# named injury ("my calf is sore, what helps?", "quads ache after runs", "little hamstring niggles"):
# the usual care and that muscle's strength work, not the nearest covered injury (runner's knee for a
# calf). Soreness after a strength session, cramp and stretching have their own answers.
_SORE = (
    r"(?:sore|soreness|aches?|aching|achy|tight|tightness|tightens? up|tightening up|stiff|hurts?|hurting|"
    r"pain|painful|niggl\w*|"
    r"killing me|knotted)"
)
_NOT_SORE_CASE = (
    r"^(?!.*\b(?:leg ?day|leg session|strength (?:session|work|training)|gym|lifting|weights|doms|workout|"
    r"session|first time|squat\w*|lunge\w*|step ?ups?|bridges?|leg press|plyo\w*|hops|hopping|cramp\w*|"
    r"stretch\w*|foam\w*|massag\w*|shins?|knees?|achilles|heel|twing\w*|exercises?|moves|routine|plan|"
    r"minutes|mins|home|weak\w*|(?:glute|calf|quad|hamstring|hip|leg|strength|gym) stuff|"
    # (r17 uf) "calves are toast on every climb": spent during the effort, not sore after it
    r"on (?:every|each|all|the|any|a|those|these|steep) (?:\w+ )?(?:climbs?|uphills?|hills?|inclines?)|"
    r"(?:do|doing|train|training|hit|hitting|work|working) legs|"
    r"about to (?:go|tear|pull|snap|"
    r"give)|(?:should i (?:lift|strengthen|train|work "
    r"on)|(?:lift|strengthen|train) them)(?! (?:\w+ )?or (?:just )?rest))\b)"
)


def _sore(muscle: str) -> re.Pattern[str]:
    return rx.compile(
        rf"{_NOT_SORE_CASE}.*(?:\b{muscle}\b(?: \w+){{0,4}}? {_SORE}\b|\b{_SORE} (?:\w+ )?{muscle}\b)"
    )


# Asking for the strength work itself ("best calf builder", "what exercises", "how do I strengthen them").
_BUILD_ASK = rx.compile(
    r"\b(?:builders?|build\w*|exercises?|moves?|strengthen\w*|stronger|workouts?|drills?|"
    r"what (?:can|should|do) i (?:do|train|work on))\b"
)
# The strength work itself asked about by name ("would calf raises help or just add fatigue?", "could it be
# an imbalance?", "strength-wise what helps?"): that leads, the soreness care after it.
_STRENGTH_ASKED = rx.compile(
    r"\b(?:strength|calf raises?|squats?|lunges?|bridges?|step ?ups?|curls?|push ?ups?|hip raises?|"
    r"imbalance\w*|unbalanced|lopsided|weak\w*)\b"
)
_SORE_OUTRO = "If it's sharp, swollen, worse on one side or not easing after a few days, " + PRO + "."
_EASES = "Ordinary soreness from running eases within a day or two: keep the next runs easy."
_SORE_MUSCLES: tuple[Uncovered, ...] = (
    Uncovered(
        "sore_calves",
        "Calf soreness or tightness",
        _sore(r"(?:calf|calves)"),
        f"{_EASES} Stronger calves tire more slowly and cushion landings better: calf raises, 2–3 sets "
        "of 12–15, slow and pain-free, twice a week.",
        "/exercise calf raise",
        _SORE_OUTRO,
    ),
    Uncovered(
        "sore_quads",
        "Quad soreness or tightness",
        _sore(r"(?:quads?|quadriceps|front of (?:my |the )?thighs?)"),
        f"{_EASES} Stronger quads soak up the shock of landing better: one-legged squats and step-ups, "
        "2–3 sets of 12–15, pain-free, twice a week, balanced with hamstring work.",
        "/muscle quads",
        _SORE_OUTRO,
    ),
    Uncovered(
        "sore_hamstrings",
        "Hamstring soreness or tightness",
        _sore(r"(?:hamstrings?|hammies|hammy|hams|back of (?:my |the )?thighs?)"),
        f"{_EASES} Keep them strong and in balance with your quads (an imbalance is a major cause "
        "of injury): hamstring curls or push-ups, 2–3 sets of 12–15, pain-free, twice a week.",
        "/muscle hamstrings",
        _SORE_OUTRO,
    ),
    Uncovered(
        "sore_glutes",
        "Glute soreness or tightness",
        _sore(r"(?:glutes?|bum|butt)"),
        f"{_EASES} Strong glutes keep your hips level and your trunk upright: bridges and step-ups, "
        "pain-free, twice a week.",
        "/muscle glutes",
        _SORE_OUTRO,
    ),
)
# (r17 ua) A strength session set against a sore or tight muscle ("my quads ache, can i do squats
# today?", "hammies tight, should i skip leg day?", "sore legs, can I still lift today?"): the session
# words ("squats", "leg day") kept the soreness rule away, so the message went to the move's card or to
# "normal after a session". The ask is read off, and the soreness told before it picks the muscle.
_SORE_TRAIN_ASK = rx.compile(
    r"\b(?:(?:can|could|should|shall|do|would) i (?:still |just |even )?(?:do|skip|omit|miss|hit|train|"
    r"lift|squat|lunge|go ahead with|go to|have|bail on)|"
    r"(?:ok|okay|fine|safe|alright|bad) to (?:still )?(?:do|train|lift|squat|skip|omit|miss|hit)|"
    r"(?:skip|omit|miss|ditch|bail on) (?:leg ?day|the gym|my (?:strength|leg|gym|lifting|weights)|"
    r"strength|legs)|(?:push|train|lift) through (?:it|the soreness))\b.*"
)
_SORE_LEGS = Uncovered(
    "sore_legs",
    "Sore or tight legs",
    _sore(r"(?:legs?|muscles|thighs?)"),
    _EASES,
    "/ask how often",
    _SORE_OUTRO,
)
_SKIP_WORD = rx.compile(r"\b(?:skip|omit|miss|ditch|bail on|rest|stop)\b")
# The ask is about today's strength work ("can i do squats today?", "ok to do squats?", "skip leg day?"),
# not whether a move would help ("should I do bridges?") nor a run or a shake.
_SORE_TRAIN_WORK = rx.compile(
    r"\b(?:leg ?day|legs|strength|lift\w*|gym|weights|squats?|lunges?|calf raises?|bridges?|step ?ups?|"
    r"session|sesh|workout|s ?c)\b"
)
_SORE_TRAIN_WHEN = rx.compile(
    r"\b(?:today|tonight|tomorrow|tmrw|still|skip|omit|miss|ditch|bail on|through|or rest|"
    r"(?:ok|okay|fine|safe|alright|bad) to)\b"
)
_SORE_TRAIN_NOT = rx.compile(r"\b(?:runs?|running|jog\w*|stretch\w*|foam\w*|loosen\w*|help\w*|or nah)\b")


def sore_train(text: str) -> Uncovered | None:
    """A sore or tight leg muscle told, then whether to do or skip today's strength work (normalised
    text); acute pain is not this."""
    asked = _SORE_TRAIN_ASK.search(text)
    if asked is None or acute(text) or _WH_ASK.search(text):  # ("what should I do?": an open ask)
        return None
    told, ask = text[: asked.start()], text[asked.start() :]
    if not (_SORE_TRAIN_WORK.search(ask) and _SORE_TRAIN_WHEN.search(ask)) or _SORE_TRAIN_NOT.search(ask):
        return None
    return next((u for u in (*_SORE_MUSCLES, _SORE_LEGS) if u.pattern.search(told)), None)


def sore_train_text(u: Uncovered, text: str) -> str:
    """The verdict on training today with that soreness, then the usual care."""
    if _SKIP_WORD.search(text):
        lead = (
            "No need to skip it for ordinary soreness: do a lighter session (fewer sets, no added weight), "
            "go easy on the sore muscles and stop any move that hurts."
        )
    else:
        lead = (
            "Yes, if it's ordinary soreness: go lighter (fewer sets, no added weight) and stop any move "
            "that hurts."
        )
    return f"{lead} {_EASES} {u.outro}\nRelated: {u.pointer}"


# One side only ("always my right calf, never the left", "my right side only"): an imbalance between the
# legs to work on, one leg at a time.
_ONE_SIDED = rx.compile(
    r"\b(?:(?:only|always|just) (?:on )?(?:my |the )?(?:left|right)|"
    r"never (?:on )?(?:my |the )?(?:left|right)|one sided|(?:left|right) (?:side )?only|"
    r"only (?:on )?one side)\b"
)
ONE_SIDED_LINE = (
    "One side only can point to an imbalance between your legs: work each leg on its own (one-legged "
    "calf raises, one-legged squats), the weaker side first."
)
# Injuries that keep coming, in different places (round 9: "3 different overuse injuries in 2 years, knee
# then hip then foot", "little niggles, one week knee next week hip, coach says I'm imbalanced"): what
# imbalance means and how balanced strength breaks the cycle, not one muscle's card or the recovery week.
_RECURRING = rx.compile(
    r"^(?!.*\b(?:(?:only|always|just) (?:on )?(?:my |the )?(?:left|right)|(?:left|right) (?:side )?only|"
    r"one side)\b).*"
    r"\b(?:(?:\d+|two|three|four|several|multiple|different|lots of|so many|constant|little|recurring|"
    r"repeated) (?:different )?(?:overuse )?(?:injuries|niggles)|injury after injury|"
    r"one injury after (?:another|the other)|always (?:getting )?injured|keep (?:getting )?(?:injured|hurt)|"
    r"injury ?prone|one week (?:my |its |it s )?(?:knee|hip|calf|shin|foot|ankle)s? (?:the )?next|"
    # (r10c: "a new niggle every few months - knee, then hip, then foot")
    r"(?:a )?new (?:niggle|injury|issue|problem|ache) every (?:few |couple of |other |\d+ )?"
    r"(?:weeks?|months?|blocks?|seasons?|races?)|"
    r"(?:always|constantly|keep) (?:picking up|getting) (?:new |little |small )?"
    r"(?:niggles|injuries|strains)|always something (?:new |else )?(?:hurting|hurts|sore|niggling)|"
    r"(?:knee|hip|calf|shin|foot|ankle|achilles)s? then (?:my |the )?(?:knee|hip|calf|shin|foot|ankle|"
    r"achilles)s? then)\b"
)
RECURRING_TEXT = (
    "weak muscles, or one group lagging behind its opposite (quads against hamstrings above all), pull the "
    "leg out of alignment, and that imbalance is a major cause of repetitive-stress injuries to the knees, "
    "hips and feet. Work every group in balance twice a week: calf raises (they help the shins too), quad "
    "work matched with hamstring work (for the knees), and hip raises and bridges. See a physio if one "
    "niggle keeps coming back.\nRelated: /ask injury prevention"
)
# The parts of the leg that ache, each counted once ("knees and feet", "shins and knees").
_PARTS = rx.compile(r"\b(?:knee|feet|foot|hip|shin|ankle|calf|calves|heel)(?=s?\b)")
_ACHES = rx.compile(r"\b(?:ache|aches|aching|achy|sore|hurt|hurts|pain|painful|niggl\w*)\b")
_MEAN_ASK = rx.compile(
    r"\bwhat (?:does|do|is) (?:that|it|this|imbalance\w*|they) (?:\w+ )?mean\b|\bmeaning\b"
)
_YES_NO_HELP = rx.compile(
    r"\b(?:could|can|will|would|does|do|is|should) (?:\w+ ){0,3}(?:help|fix|break|stop|prevent|work|worth|"
    r"sort (?:\w+ )?out|cure|solve|ease)\b"
)
# A knee that limits them, no injury named (round 9: "got a dodgy knee that doesn't like deep bending, what
# leg work can i still do?"): the knee-friendly moves and the article's knee rules, not one machine's cue.
_KNEE_LIMIT = rx.compile(
    # (one exercise or kneeling named: the constraint's own swap answers it, content/situation.py)
    r"^(?!.*\b(?:why|kneel\w*|instead|alternatives?|lunges?|squats?|step ?ups?|leg press|extensions?|"
    r"curls?|quads?|hamstrings?|calf|calves|glutes?|hips?|plyo\w*|jump\w*|hops?)\b)"
    r"(?=.*\b(?:what|whats|which|can i|could i|ok for|okay for|fine for|safe for|kind(?:est)? (?:to|on)|"
    r"gentle|easy on|still do|still train|options?|possible|anything|suggest\w*|recommend\w*)\b).*"
    r"(?:\b(?:dodgy|bad|weak|creaky|crunchy|grumpy|cranky|dicky|iffy|troublesome|niggly|achy|knackered|"
    r"wrecked|shot|worn|beat up|banged up|battered|crocked|rubbish|crap|terrible|dodgey) knees?\b|"
    # (r15 yc) "knees are shot", "my knees aren't great", "knees knackered from years of football"
    r"\bknees? (?:are |is )?(?:a bit |pretty |really |totally |completely )?(?:dodgy|bad|shot|knackered|"
    r"wrecked|worn (?:out|down)|battered|crocked|rubbish|not (?:great|good|the best)|arent (?:great|good|"
    r"the best))\b)"
)
# The wall squat done kindly to the knees: said by the knee-limit verdict and the joint fix below.
WALL_SQUAT_KNEES = (
    "lower only until your knees make a right angle (90°), with your feet far enough forward that your "
    "knees stay behind your toes, and come up slowly"
)
# A knee-limit ask about one named move the general list doesn't answer ("are bridges ok for bad
# knees?", "is the wall sit ok for someone w dodgy knees?"): that move's verdict. (Squats, lunges and
# the other knee-bending moves go to the constraint's swap, content/situation.py.)
_KNEE_MOVES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rx.compile(r"\bbridges?\b"),
        "Yes: the bridge barely bends the knee, so it's one of the kindest moves for a grumbly knee. "
        "Keep it slow "
        "and pain-free, and stop if the knee complains.\nFull card: /exercise bridge",
    ),
    (
        rx.compile(r"\bwall (?:sits?|squats?)\b"),
        f"Usually, if you keep it knee-friendly: {WALL_SQUAT_KNEES}; hold it higher (less bend) if 90° "
        "grumbles. Stop if it hurts, and see a physio if the knee keeps complaining.\nFull card: /exercise "
        "wall squat",
    ),
    (
        rx.compile(r"\bhills?\b|\bhill (?:running|repeats|sprints|reps)\b"),
        "Go carefully: running uphill is fairly kind to the knees, but the downhills load them hard, so walk "
        "or jog down gently, start with a few short repeats, and stop if the knee hurts; see a physio if it "
        "keeps grumbling.\nFull card: /exercise hill repeats",
    ),
)


def _knee_move(text: str) -> str | None:
    """That named move's verdict for a knee that limits them, when exactly one is named."""
    found = [reply for pat, reply in _KNEE_MOVES if pat.search(text)]
    return found[0] if len(found) == 1 else None


KNEE_LIMIT_TEXT = (
    "pick moves that spare the knee. The bridge, the hamstring push-up, calf raises and the side-lying hip "
    "raise barely bend it; do step-ups on a low step, and squats or lunges only down to 90°, knees behind "
    "your toes, never locking at the top, with a weight you're comfortable with. Quad and hamstring "
    "strength, kept in balance, protects the knee; stop anything that hurts, and see a physio if it keeps "
    "grumbling.\nFull card: /exercise bridge"
)
# A joint replacement, asked whether a move is ok (round 9: "hip replacement 3 yrs ago, back to gentle
# running. are the side-lying leg lifts with ankle weights ok for me"): the surgeon or physio first.
_REPLACED = (
    r"(?:(?:hip|knee|joint|ankle) replacements?|replaced (?:hip|knee)|new (?:hip|knee)s?|"
    r"(?:hip|knee) (?:was |got |been )?replaced|(?:hip|knee) resurfacing|arthroplasty)"
)
_REPLACED_OK = rx.compile(
    # ("...what leg strength can I safely do at home?", "is it ok to lift after a knee replacement?")
    rf"^(?=.*\b{_REPLACED}\b).*\b(?:ok|okay|safe|safely|alright|fine|a good idea|allowed|risky|too much|"
    r"bad for)\b"
)
REPLACED_TEXT = (
    "a joint replacement isn't covered in the article, and some moves are restricted for a while after one, "
    "so check with your surgeon or physio first. Then start with no added weight, slow and controlled "
    "through a comfortable range, add a light weight only once it's easy, never lock the joint, and stop "
    "anything that hurts."
)
# Hip flexors that feel tight or weak, with no pain told (round 10: "my hip flexors always feel tight and
# kind of weak, what helps"): a common runner's complaint, stretching and the hip strengtheners, not the
# hip-pain answer.
_TIGHT_FLEXORS = rx.compile(
    r"^(?!.*\b(?:pain\w*|hurt\w*|aches?|aching|achy|sore|niggl\w*|twing\w*|sharp|injur\w*|strain\w*|"
    r"pull\w*)\b).*\bhip flexors?\b(?: \w+){0,4}? (?:tight|tightness|stiff|short|locked)\b"
)
_UNCOVERED = (
    Uncovered(
        "tight_flexors",
        "Tight hip flexors",
        _TIGHT_FLEXORS,
        "Tight hip flexors are common in runners, not an injury in themselves: stretch them after runs and "
        "workouts, and strengthen them with the hip strengtheners (straight-leg raises lying on your back "
        "and on your side, with an ankle weight), 2–3 sets of 12–15, twice a week.",
        "/muscle hips",
        "If it turns into pain that doesn't settle, " + PRO + ".",
    ),
    *_UNCOVERED,
)
RECURRING = Uncovered("recurring", "Injuries that keep coming back", _RECURRING, "", "/ask injury prevention")
_UNCOVERED += (
    Uncovered("replaced", "A joint replacement", _REPLACED_OK, "", "/workout home"),
    Uncovered("knee_limit", "A knee that limits you", _KNEE_LIMIT, "", "/exercise bridge"),
    RECURRING,
    Uncovered("arm", "An arm or shoulder injury", _ARM_HURT, "", "/workout home"),
    *_SORE_MUSCLES,
)
# "strengthen them or rest?", "rest it or train it?": both, in that order.
_REST_OR = rx.compile(
    r"\b(?:strengthen\w*|train\w*|work (?:on )?(?:them|it))\b.{0,30}\bor (?:just )?rest\b|"
    r"\brest\b.{0,30}\bor (?:\w+ )?(?:strengthen\w*|train\w*)\b"
)


# A back that aches during one exercise, with "am I doing it wrong?" (round 9): that exercise's form
# check answers it (content/situation.py form_check), not the general back-pain answer.
_DURING_EXERCISE = rx.compile(
    r"\b(?:when|while|during|after|doing|on|with) (?:i do |i am doing |im doing |doing |my |the |a )?"
    r"(?:\w+ ){0,2}(?:squats?|squatting|lunges?|lunging|bridges?|step ?ups?|calf raises?|"
    r"wall (?:sits?|squats?)|leg press\w*|deadlifts?|hamstring (?:curls?|push ?ups?)|hip raises?|"
    r"leg lifts?)\b"
)
_FORM_WRONG = rx.compile(
    r"\b(?:wrong|incorrect\w*|bad form|my form|(?:the )?(?:right|correct|proper) (?:form|way|technique)|"
    r"technique)\b"
)


# "lower back kinda feels it when i do bridges, normal?": form first, and a physio if it stays.
_LOWER_BACK = rx.compile(r"\b(?:lower|low) back\b|\bback (?:aches?|achy|hurts?|is sore|gets sore|twinges?)\b")
BACK_FORM = Uncovered(
    "back_form",
    "Back ache on a leg exercise",
    _LOWER_BACK,
    "",
    "/ask form",
)
BACK_FORM_TEXT = (
    "Not usually: a lower back that aches on a leg exercise most often means form. Keep your trunk upright "
    "and your back neutral, lift with your glutes rather than arching (on the bridge, stop when knees, "
    "hips and trunk make a straight line), go lighter and slower, and stop at 90° on squats. If it still "
    "aches with good form, drop that exercise for now and see a physio.\nRelated: /ask form"
)


# A knee or the lower back that aches a bit on one exercise (round 10: "knees ache a bit after leg
# extensions, not bad just achy", "knees grumble when i do step ups onto my coffee table, am i doing
# something wrong", "lower back gets tight after my dumbbell lunges"): that exercise's own fix for that
# joint leads, then the physio line, not an exercise card, a back-pain essay or the runner's-knee card.
# Only a mild ache: anything sharp, swollen or pulled is acute and goes the acute way.
_MILD = (
    r"(?:ache|aches|achy|aching|ached|grumbl\w*|niggl\w*|sore|tight|tightens|stiff|"
    r"feels? (?:it|a bit \w+|weird|funny|odd|strange|off)|(?:weird|funny|odd|strange) (?:feeling|sensation)|"
    r"hurts? a (?:bit|little)|twinge\w*|hurts?|hurting|"
    # (r10c: "my knee complains a little on wall squats")
    r"complains?|complaining|moans?|moaning|protests?|protesting|isnt happy|not happy|doesnt like it)"
)
# (said before the joint: "achy lower back", "a niggle in my knee"; not "feel it in my lower back", which
# asks where a move should be felt)
_MILD_BEFORE = r"(?:ache|aches|achy|aching|sore|tight|stiff|niggl\w*|grumbl\w*|twinge\w*)"
# The ache comes with the exercise ("when i do bridges", "after my dumbbell lunges", "on the leg press"),
# not a move the runner rules out ("bridges are out").
_WITH = (
    r"(?:when|while|during|after|doing|on|with|from|in) "
    r"(?:i do |im doing |i am doing |doing |my |the |a |some )?(?:\w+ ){0,2}"
)
# "no pain though", "why do you say...": not an ache to fix
_NOT_ACHE = rx.compile(r"\bwhy\b|\b(?:no|without|zero) (?:pain|ache)\b|\b(?:doesnt|dont|didnt) hurt\b")
_KNEE = r"(?:knees?|kneecaps?|knee caps?)"
_BACK = r"(?:lower back|low back|back)"
# The exercise, its name in the reply, its card, and its fix for the knee and for the lower back.
_JOINT_FIXES: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (
        rx.compile(r"\b(?:leg|quad\w*|knee) extensions?\b|\bextension machine\b"),
        "leg extensions:quadriceps extension",
        "stop just before your knees are fully straight (never lock them), lift and lower slowly, and drop "
        "the weight to one you're comfortable with",
        "",
    ),
    (
        rx.compile(r"\bwall (?:squats?|sits?)\b|\b(?:gym|exercise|swiss|stability) ball squats?\b"),
        "wall squats:wall squat",
        WALL_SQUAT_KNEES,
        "keep the ball in the small of your back against the wall, feet slightly forward, lower only to 90° "
        "and come up slowly; if it still pulls, take the ball lower down your back",
    ),
    (
        rx.compile(r"\bstep ?ups?\b"),
        "step-ups:bench step-up",
        "use a solid step or bench at knee height or lower, step up until the knee is nearly straight but "
        "not locked, and lower yourself under control",
        "keep your trunk upright rather than leaning over the front knee, and use a lower step",
    ),
    (
        rx.compile(r"\blunges?\b|\blunging\b"),
        "lunges:lunge",
        "drop only until the front knee is at 90°, keep it over your foot and behind your toes, and push "
        "back up under control",
        "keep your torso straight and tall, go lighter, and hold the dumbbells at your sides rather than "
        "overhead",
    ),
    (
        rx.compile(r"\bleg press\w*\b"),
        "the leg press:leg press",
        "lower only until your knees reach 90°, push through your whole foot, and stop just short of locking "
        "your knees at the top",
        "keep your lower back against the pad: lower only to 90°, before your hips start to curl up, and "
        "go lighter",
    ),
    (
        rx.compile(r"(?<!wall )(?<!ball )\bsquats?\b|\bsquatting\b"),
        "squats:one-legged squat",
        "bend only to 90°, keep the knee behind your toes and in line with your foot, and don't lock it at "
        "the top",
        "keep your trunk upright, go only to 90°, and use a lighter weight",
    ),
    (
        rx.compile(r"\bbridges?\b|\bhip (?:raises?|lifts?|thrusts?)\b"),
        "bridges:bridge",
        "",
        "squeeze your glutes to lift, stop when your knees, hips and lower trunk make a straight line "
        "(don't arch past it), and keep your shoulder blades on the floor",
    ),
    (
        rx.compile(r"\bbox (?:jumps?|hops?)\b|\bplyo\w*\b"),
        "box jumps:box hops",
        "use a low, stable box, land softly with the knee bent, and go back to line hops until landings "
        "feel easy",
        "",
    ),
)
_INSTEAD = rx.compile(r"\b(?:instead|alternatives?|swap|replace\w*|substitut\w*|other than)\b")
_IS_NORMAL = rx.compile(
    r"\bnormal\b|\b(?:is|are) (?:that|this|it) (?:ok|okay|fine|bad|a (?:problem|worry))\b"
)
_WRONG = rx.compile(r"\b(?:wrong|my form|form (?:off|bad)|bad form|technique|what am i doing|right way)\b")


def joint_fix(text: str) -> Uncovered | None:
    """A knee or lower back that aches a bit on one named exercise, in the (normalised) text: the
    exercise (``name``), its fix for that joint (``general``) and the joint (``outro``)."""
    if not _JOINT_ANY.search(text) or _INSTEAD.search(text) or _NOT_ACHE.search(text):
        return None  # (cheap checks first: acute() reads the whole message)
    knee = rx.search(
        rf"\b{_KNEE}\b(?: \w+){{0,3}}? {_MILD}\b|\b{_MILD_BEFORE} (?:\w+ ){{0,2}}{_KNEE}\b", text
    )
    back = rx.search(
        rf"\b{_BACK}\b(?: \w+){{0,3}}? {_MILD}\b|\b{_MILD_BEFORE} (?:\w+ ){{0,2}}{_BACK}\b", text
    )
    if bool(knee) == bool(back) or acute(text):
        return None  # neither, or both: the usual reading; or sharp, swollen...: the acute one
    named = [
        (name, kf if knee else bf)
        for pat, name, kf, bf in _JOINT_FIXES
        if (m := pat.search(text)) and rx.search(rf"\b{_WITH}$", text[: m.start()])
    ]
    if len(named) != 1 or not named[0][1]:
        return None  # no exercise, or several: the usual reading
    names, fix = named[0]
    said, card = names.split(":")
    return Uncovered("joint_fix", said, _JOINT_ANY, fix, f"/exercise {card}", "knee" if knee else "back")


_JOINT_ANY = rx.compile(rf"\b(?:{_KNEE}|{_BACK})\b")


def joint_fix_text(j: Uncovered, text: str) -> str:
    """The fix for a mild ache on one exercise, the verdict first when one is asked."""
    pain = rx.search(r"\bhurt(?:s|ing)?\b", text) and not rx.search(r"\bhurts? a (?:bit|little)\b", text)
    if pain:
        part, s = ("knee pain", "s") if j.outro == "knee" else ("lower back pain", "s")
    else:
        part, s = ("achy knees", "") if j.outro == "knee" else ("a lower back that aches", "s")
    if _IS_NORMAL.search(text):
        lead = f"Not usually: {part} on {j.name} most often mean{s} the form or the load needs changing."
    elif _WRONG.search(text):
        lead = f"Possibly: {part} on {j.name} most often come{s} down to form or load."
    else:
        lead = f"{part[:1].upper()}{part[1:]} on {j.name} usually come{s} down to form or load."
    still = "hurts" if pain else "aches"
    return (
        f"{lead} Check: {j.general}. If it still {still} with good form, drop it for now and see a physio."
        f"\nFull card: {j.pointer}"
    )


# Soreness after a session told as trouble walking (round 10: "cant walk down the stairs after lunges
# yesterday, legs wrecked. run today or rest?", "first leg session in years and now it hurts to walk
# lol"): acute() reads it as soreness (_sore_not_hurt), and this answers it as such, not the walking
# lunge that "walk" would find. "Did I overdo it?" and form questions have their own answers.
_SESSION_SORE_ASK_ELSEWHERE = rx.compile(
    r"\b(?:overd\w*|too (?:much|hard|heavy|far)|wrong|form|technique|properly|how (?:do|can|to) "
    r"(?:i )?(?:stop|avoid|prevent))\b"
)
SESSION_SORE = Uncovered("session_sore", "Soreness after a session", rx.compile(r"$^"), "", "")
_RUN_ASK = rx.compile(r"\b(?:run|runs|running|jog|jogging|rest|skip)\b")


# A muscle that aches after an exercise, asked whether that's normal (round 10b: "my glutes hurt after
# bridges, is that right", "quads sore after the wall sits, meant to be like that?"): session soreness.
_MUSCLE_AFTER = rx.compile(
    r"\b(?:glutes?|bum|butt|quads?|hamstrings?|hammies|calves|calf|thighs) (?:\w+ ){0,3}?"
    r"(?:hurts?|hurting|sore|aching|ache|achy|burn\w*|stiff|killing me|wrecked|destroyed)\b.{0,25}\bafter\b"
)
_RIGHT_Q = rx.compile(
    r"\b(?:is|are) (?:that|it|this|they) (?:right|correct|normal|ok|okay|fine|expected|good|a good sign)\b|"
    r"\b(?:supposed|meant) to\b|\bnormal\?*$"
)


# Soreness told after races, not after a strength session.
_RACE_SORE = rx.compile(r"\b(?:race|races|racing|events?|marathons?|ultras?|trail runs?)\b")
_LIFT_SORE = rx.compile(
    r"\b(?:leg ?day|leg sesh|leg session|gym|lifting|lifted|weights|squats?|lunges?|step ?ups?|workout|"
    r"strength session|wall sits?|leg press|bridges?|calf raises?)\b"
)


def _session_sore(text: str) -> bool:
    """Soreness after a strength session, told as trouble walking or asked about as normal, nothing
    acute (normalised text)."""
    told = _SORE_WALK.search(text) or (_MUSCLE_AFTER.search(text) and _RIGHT_Q.search(text))
    if _RACE_SORE.search(text) and not _LIFT_SORE.search(text):
        return False  # (r16 za) "quads destroyed after every race, can't do stairs": the race's, no session
    return bool(
        told
        and _SESSION_SORE.search(text)
        and not _SESSION_SORE_ASK_ELSEWHERE.search(text)
        and not acute(text)
    )


def session_sore_text(text: str) -> str:
    run = _RUN_ASK.search(text)
    if _NORMAL_Q.search(text) or _RIGHT_Q.search(text) or rx.search(r"\bnormal\b", text):
        lead = "Yes, that's normal" + (", and an easy run is fine" if run else "") + ": "
    elif run:
        lead = "An easy run is fine (or rest, if you'd rather): "
    else:
        lead = ""
    body = (
        "it's ordinary muscle soreness after a session, not an injury. It peaks a day or two after and "
        "eases within a few days"
        + ("; save hard runs until it has" if run else "")
        + ". Next time go a little lighter and build up gradually."
    )
    return (
        f"{lead}{body if lead else 'That' + body[2:]} Sharp pain, pain in a joint, swelling or a "
        f"leg that can't take your weight is different: {PRO}."
    )


_STRESS_FRACTURE = next(u.pattern for u in _UNCOVERED if u.id == "stress_fracture")


# A cramp that has left the muscle sore or painful to walk on ("calf cramped at mile 10, still hurts to
# walk"): rest and a physio if it hasn't eased in a day or two, not the snap-or-tear emergency (round
# 10 leftover: the "hurts to walk" read as severe). A pop, snap or tear told with it stays severe.
_CRAMPED = rx.compile(r"\bcramp(?:ed|ing|s)?(?: up)?\b")
_CRAMP_LINGERS = rx.compile(
    r"\b(?:still|hurts?|hurting|sore|pain\w*|limp\w*|walk\w*|stairs|next day|yesterday|days? later|"
    r"since|bruised|tender|tight)\b"
)
# (r19 tk) walking told as a way of life, not as a pain ("I'm a postman so I walk a lot", "walk the dog
# every day"): no sign the cramp lingers
_WALK_HABIT = rx.compile(
    r"\b(?:i|we) (?:\w+ )?walk (?:a lot|loads|lots|everywhere|to work|miles|the dog|daily|every ?day)\b|"
    r"\bwalk(?:ing)? (?:\w+ ){0,2}for (?:a living|work)\b"
)
_CRAMP_TORE = rx.compile(
    rf"{_TORE}|\b(?:pop|popped|snap|snapped|tore|torn|tear|rupture\w*|swollen|swelling|bruis\w*)\b"
)
CRAMP = Uncovered("cramp", "A cramp that left it sore", rx.compile(r"$^"), "", "/exercise calf raise")
CRAMP_TEXT = (
    "Rest it for now, and see a physio or doctor if it still hurts to walk after a day or two: a bad cramp "
    "can leave the muscle sore for a day or so, but pain that lingers, or any swelling or bruising, can "
    "mean a strain. Meanwhile walk gently, stretch it lightly if that feels good, and keep running and "
    "strength work off it until walking is easy. Once it's back to normal, calf raises (2–3 sets of "
    "12–15) help the calves tire more slowly, which may make cramps less likely.\n"
    "Related: /exercise calf raise"
)


def cramp_lingers(text: str) -> bool:
    """A cramp told, still sore or painful to walk on, with no sign of a tear (the normalised text)."""
    return (
        "cramp" in text
        and bool(_CRAMPED.search(text))
        and bool(_CRAMP_LINGERS.search(_WALK_HABIT.sub(" ", _CRAMPED.sub(" ", text))))
        and not _CRAMP_TORE.search(text)
    )


# A knee that aches from running (stairs, after long runs), asking whether one knee-bending move is
# still OK ("knee goes achy going down stairs after long runs, can i still do step ups"): yes if it stays
# pain-free, with that move's knee-kind cues, and the physio line (round 11: the card's generic verdict).
_KNEE_ACHE = rx.compile(
    r"\bknees?\b(?: \w+){0,4} (?:achy|aches?|aching|sore|hurts?|grumbl\w*|niggl\w*|twing\w*|complains?)\b|"
    r"\b(?:achy|aching|sore|grumbly|niggly|sore) knees?\b|\bknee (?:pain|ache|niggle)\b|"
    # (r15 yb) "dodgy knee, is the leg press ok?": a knee that plays up, in runners' words
    r"\b(?:dodgy|iffy|dicky|wonky|creaky|grumpy|cranky|temperamental|troublesome|touchy|bad) knees?\b|"
    r"\bknees? (?:is |are |has been |have been |been |keeps? )?(?:playing up|acting up|dodgy|iffy|"
    r"wonky|not great|"
    r"not happy)\b"
)
_KNEE_MOVE_ASK = rx.compile(
    r"\b(?:can|could|should) i (?:still |keep |carry on )?(?:do|doing|use|using)? ?(?:the |my )?"
    r"(?P<move>step ?ups?|squats?|lunges?|leg press|wall squats?|wall sits?)\b|"
    r"\b(?:is|are) (?:the )?(?P<move2>step ?ups?|squats?|lunges?|leg press|wall squats?) (?:\w+ )?"
    r"(?:ok|okay|safe|fine|alright)\b|"
    # (r15 yb) "iffy knee, should I avoid squats?": the same ask turned round (not "Yes, avoid it")
    r"\b(?:should|do|must) i (?:avoid|skip|omit|stop|ditch|drop|give up|"
    r"steer clear of) (?:doing )?(?:the |my )?"
    r"(?P<move3>step ?ups?|squats?|lunges?|leg press|wall squats?|wall sits?)\b"
)
_KNEE_MOVE_CUES = (
    (
        "step",
        "step-ups",
        "use a low step, rise until the knee is almost straight but not locked, and lower "
        "slowly under control",
    ),
    ("wall", "wall squats", WALL_SQUAT_KNEES),
    (
        "leg press",
        "the leg press",
        "use a comfortable weight, bend no deeper than 90°, and stop just short of "
        "locking the knees at the top",
    ),
    (
        "lung",
        "lunges",
        "bend the front knee only to 90°, keep it in line over your foot and behind your toes, "
        "and move slowly",
    ),
    (
        "squat",
        "squats",
        "bend only to 90°, keep your knees in line over your feet and behind your toes, and "
        "don't lock them at the top",
    ),
)
KNEE_MOVE_OK = Uncovered("knee_move_ok", "A knee that aches from running", rx.compile(r"$^"), "", "")


def knee_move_ok(text: str) -> bool:
    """A knee ache from running told, and one knee-bending move asked about (the normalised text)."""
    return "knee" in text and bool(_KNEE_ACHE.search(text)) and bool(_KNEE_MOVE_ASK.search(text))


def knee_move_ok_text(text: str, hurt_now: bool) -> str:
    """Yes if pain-free, with the move's cues, the article's quad-and-hamstring point and the physio."""
    m = _KNEE_MOVE_ASK.search(text)
    said = (m.group("move") or m.group("move2") or m.group("move3") or "") if m else ""
    key, name, cues = next((c for c in _KNEE_MOVE_CUES if said.startswith(c[0])), _KNEE_MOVE_CUES[-1])
    verb = "is" if name == "the leg press" else "are"
    stays = "it stays" if verb == "is" else "they stay"
    lead = acute_lead() + " Once it has settled: " if hurt_now else ""
    yes = f"usually yes, {name} {verb} fine" if hurt_now else f"Usually yes, {name} {verb} fine"
    if m is not None and m.group("move3"):
        # ("should I avoid squats?": the "yes" would say avoid them; the answer is that they're usually fine)
        yes = f"{'n' if hurt_now else 'N'}ot necessarily: {name} {verb} usually fine"
    card = {"step": "bench step-up", "wall": "wall squat", "leg press": "leg press", "lung": "lunge"}
    return (
        f"{lead}{yes} if {stays} pain-free: {cues}. Strong, balanced quads and hamstrings help a "
        "knee that grumbles after running (the article's answer to runner's knee). Stop if the knee hurts "
        "during or after, and see a physio if the ache keeps coming back."
        f"\nFull card: /exercise {card.get(key, 'one-legged squat')}"
    )


# A fracture wondered about, or bone pain that sounds like one ("could it be a fracture?", "one spot on my
# shin, sore to press"): the stress-fracture answer, see someone first.
_SUSPECTED = rx.compile(
    r"\b(?:could|might|maybe|possibly|worried|worry|scared|afraid|think|wonder\w*|is it|is this|pinpoint|"
    r"one spot|exact spot|single spot|specific spot|to (?:the )?(?:touch|press)|at rest|at night|hop)\b"
)
# A bone said to be fractured or broken, in any words ("my old shin fracture", "a fracture in my foot").
_PLAIN_BREAK = rx.compile(r"\b(?:fractur\w*|broke|broken|break|cracked)\b")
# Cleared by a professional, said so ("cleared", "the physio gave me the green light"), not only healed.
_PRO_CLEARED = rx.compile(
    r"\b(?:cleared|all clear|green light|signed (?:me )?off|(?:given|gave) me the (?:ok|okay|go ahead)|"
    r"got the (?:ok|okay|go ahead)|"
    r"(?:physio|doctor|doc|gp|surgeon|consultant)\b.{0,30}\b(?:says|said|reckons)|"
    r"(?:physio|doctor|doc|gp|surgeon|consultant) (?:is|was|seems) (?:\w+ )?(?:happy|pleased))\b"
)


_CANCER = rx.compile(r"\b(?:chemo\w*|radiotherapy|radiation therapy|cancer)\b")


def pro_cleared(text: str) -> bool:
    """A professional's go-ahead told (normalised text), not only "healed now" or "fully healed"."""
    return bool(_PRO_CLEARED.search(text))


_DIAGNOSIS_CLOSE = f"For a diagnosis and a plan, {PRO}."


def uncovered(text: str) -> Uncovered | None:
    """A running injury the article doesn't cover, named in the (normalised) text."""
    if cramp_lingers(text):
        return CRAMP
    if knee_move_ok(text) and joint_fix(text) is None and not any(u.pattern.search(text) for u in _UNCOVERED):
        return KNEE_MOVE_OK
    fix = joint_fix(text)
    if fix is not None and not any(u.pattern.search(text) for u in _UNCOVERED if u.id != "back"):
        return fix
    if (
        _STRENGTH_THING.search(text)
        and len(set(_PARTS.findall(_STRENGTH_THING.sub(" ", text)))) >= 2
        and _ACHES.search(text)
        and not acute(text)
        and not any(u.pattern.search(text) for u in _UNCOVERED if u.id not in ("plantar", "back"))
    ):
        # "my knees and feet ache after long runs, could weak muscles be the cause?": imbalance, the
        # article's answer for aches in several places, not one part's injury
        return RECURRING
    if (
        _LOWER_BACK.search(text)
        and _DURING_EXERCISE.search(text)
        and _NORMAL_Q.search(text)
        and not acute(text)
    ):
        return BACK_FORM
    if _MUSCLE_AFTER.search(text) and _session_sore(text):
        # ("glutes hurt after bridges, is that right?": the session's soreness, asked about, before one
        # muscle's running soreness)
        return SESSION_SORE
    arm = arm_hurt(text)
    if arm:
        # ("fractured my collarbone, what leg work can I do?": the arm's words aren't a leg injury)
        text = _ARM_HURT.sub(" ", text)
    for u in _UNCOVERED:
        if u.id == "arm":
            if arm:
                return u
            continue
        if u.id in ("foot_top", "toe") and _STRESS_FRACTURE.search(text):
            continue  # (one spot, sore to press or at rest: the stress-fracture answer, stop first)
        if u.id == "kneecap_noise" and rx.search(r"\b(?:strong\w*|strength\w*|load|help\w*)\b", text):
            continue  # ("knees crunch, would stronger thighs take some load off?": that ask's own verdict)
        if u.id in ("weak_ankles", "kneecap_noise") and len(text.split()) > 25:
            continue  # (a long message: background to another ask)
        if u.id == "bones" and _NOW.search(text):
            continue  # ("osteoporosis, and my knee hurts when I squat": the pain told is the question)
        if u.id == "illness" and _OLD.search(text):
            continue  # ("had covid in 2021": long over, not today's question)
        if u.id == "back" and _DURING_EXERCISE.search(text) and _FORM_WRONG.search(text) and not acute(text):
            continue
        if (
            u.id == "calf_strain"
            and u.pattern.search(text)
            and acute(text)
            and not (returning(text) or cleared(text))
        ):
            continue  # a calf strained now: the acute reply as it was (only an old one is read here)
        if u.id == "stress_fracture" and u.pattern.search(text) and _PLAIN_BREAK.search(text):
            # (r15 yc) "my old shin fracture is fully healed": a fracture told as history and never called
            # a stress fracture is a broken bone that has healed, not the overuse crack's "stop" answer
            told = returning(text) or cleared(text) or _OLD.search(text) or not _SUSPECTED.search(text)
            if not rx.search(r"\bstress\b", text) and told:
                return next(b for b in _UNCOVERED if b.id == "broken_bone")
        if u.pattern.search(text) and not (u.outro and acute(text)):
            # (a sore muscle that is also sharp, swollen or pulled: the acute reply, not soreness care)
            return u
    if _session_sore(text):
        return SESSION_SORE
    if older_start(text):
        return OLDER_START
    return None


# An older runner new to strength work asking what to keep in mind or do differently ("I'm 52 and
# never lifted before, anything I should keep in mind?", "58, new to weights, anything different for
# me?"): the article has no rules for age, so the honest general answer (round 11: warm-up tips or the
# run-first rule answered it).
_OLDER_GATE = ("never", "new to", "beginner", "first time", "starting out", "just starting")
_OLDER_AGE = rx.compile(
    r"\b(?:im|i am|aged?|at|turning|turned) [5-9]\d\b(?! ?(?:min|mins|minutes|km|k|kg|miles?|reps?|s)\b)|"
    r"\b[5-9]\d (?:years? old|yo|y o)\b|\bin my [5-9]0s\b|\bover (?:50|60|70|fifty|sixty|seventy)\b|"
    r"\bolder (?:runner|guy|man|woman|lady|person|beginner)\b|\bretired\b"
)
_OLDER_NEW = rx.compile(
    r"\bnever (?:lifted|done (?:any )?(?:weights|strength|lifting|gym|resistance)|been (?:to|in) a gym|"
    r"trained with weights|touched a weight)|\bnew to (?:lifting|weights|strength|the gym|gym|resistance)|"
    r"\b(?:complete|total|absolute) beginner\b|\bfirst time (?:lifting|in a gym|doing strength|with weights)|"
    r"\b(?:just )?starting out\b|\bjust starting (?:strength|weights|to lift|lifting)"
)
_OLDER_ASK = rx.compile(
    r"\bkeep in mind\b|\bdifferen\w*\b|\btips?\b|\badvice\b|\bprecautions?\b|\bbe (?:aware|careful)\b|"
    r"\bwatch out\b|\banything (?:i|we) (?:should|need to|ought to) (?:know|do|think)\b|"
    r"\bwhat (?:should|do) i (?:need to )?know\b"
)
_OLDER_WHICH = rx.compile(
    r"\b(?:start|begin) with\b|\b(?:which|what) (?:exercises|moves|machines|routine|workout)\b|"
    r"\bwhere (?:do|should) i start\b"
)
OLDER_START = Uncovered(
    "older_start", "Starting strength work later in life", rx.compile(r"$^"), "", "/workout home"
)
OLDER_BASICS = (
    "Start with the bodyweight basics (calf raises, bridges, step-ups onto a low step, one-legged squats "
    "holding a chair)"
)
OLDER_START_TEXT = (
    "Mostly the same as anyone, done gently: the article has no separate rules for age. Warm up first "
    f"with a few minutes of easy jogging. {OLDER_BASICS}, one or two sets twice a week, and build up over "
    "the weeks. Keep every rep slow and controlled with good form, breathe out on the effort (never hold "
    "your breath), use a resistance you're comfortable with and don't go to extremes. If you have a heart "
    "condition, high blood pressure or sore joints, check with your doctor first.\nTry one: /workout home"
)


def older_start(text: str) -> bool:
    """An older beginner asking what to keep in mind (the normalised message)."""
    return (
        any(g in text for g in _OLDER_GATE)
        and bool(_OLDER_NEW.search(text))
        and bool(_OLDER_AGE.search(text))
        and bool(_OLDER_ASK.search(text))
        # ("what should I start with and what should I be careful of?": the routine asked, the plan's)
        and not _OLDER_WHICH.search(text)
    )


# An old injury, healed, and the worry it comes back ("sprained it last spring, fine now, so it doesn't
# happen again?"): keeping the area strong, not the return-from-injury steps.
_AGAIN = rx.compile(
    r"\b(?:again|coming back|come back|comes back|recur\w*|keep it (?:that way|away|at bay)|so it doesnt|"
    r"stop it|prevent\w*|nervous|scared|worried|afraid|paranoid|bullet ?proof\w*|injury ?proof\w*)\b"
)
_KEEP_STRONG = {
    "ankle_sprain": "calf raises (one leg at a time once they're easy) and one-legged moves such as the "
    "one-legged squat, which train the small muscles that steady the ankle",
    "achilles": "slow calf raises, lowering under control",
    "calf_strain": "slow calf raises, both legs and then one, lowering under control",
    "hamstring_strain": "hamstring curls or hamstring push-ups, balanced with your quad work (an imbalance "
    "between opposing muscles is a major cause of injury)",
    "itb": "the side-lying hip raise, the lying leg lift and the bridge, so the knee doesn't drift in",
    "hip_pain": "the side-lying hip raise, the lying leg lift and the bridge",
}
_JUMPS = rx.compile(r"\b(?:plyo\w*|jump\w*|hop\w*|bound\w*|skipping)\b")
_JUMPS_LATER = (
    "once you've run pain-free for a few weeks, start with low line hops before box hops, and stop if the "
    "old spot hurts."
)
_JUMPS_BACK = " Jumping drills are high-impact, so bring them back last: " + _JUMPS_LATER

# (r17 ud) A jumping drill asked about while a shin, knee or heel hurts now ("shin splints again, is hopping
# over a line a bad idea for now?", "runner's knee flaring, is plyometrics ok?"): they got the drill's card
# ("Yes, it's a good one for runners") or the injury's moves with the hops left unanswered.
_HOPS_ASKED = rx.compile(r"\b(?:plyo\w*|jump\w*|hops?|hopping|bound\w*|skipping drills?|box jumps?)\b")
_SORE_PART_NOW = rx.compile(
    r"\b(?:shin splints?|runners? knee|(?P<part>shins?|knees?|kneecaps?|achilles|heels?|arch(?:es)?)\b"
    r"(?: \w+){0,3}? (?:hurt\w*|is sore|are sore|sore|ache\w*|aching|achy|pain\w*|flar\w*|niggl\w*|"
    r"playing up|grumbl\w*)|(?:sore|achy|aching|painful|niggly) (?:shins?|knees?|achilles|heels?))\b"
)
_HOPS_GONE_BY = rx.compile(
    r"\b(?:pain ?free|no (?:longer|more) (?:hurt\w*|sore|pain)|(?:doesnt|dont|didnt) hurt|healed|used to|"
    r"(?:last|this past) (?:year|month|season)|years? ago|months? ago|cleared|all clear|gone now)\b"
)
_HOPS_NOW = rx.compile(
    r"\b(?:have|got|again|flar\w*|with|currently|still|suffering|dealing|battling|nursing|bout of)\b"
)
_HOPS_SKIP = rx.compile(
    r"\b(?:bad idea|skip|stop|avoid|drop|pause|leave (?:out|off)|hold off|give up|cut out)\b"
)
_HOPS_YES_NO = rx.compile(r"\b(?:can|could|should|is|are|ok|okay|safe|fine|alright|bad idea)\b")
_HOPS_KEEP = {
    "shin": "calf raises and the wall toe raise",
    "knee": "quad and hamstring work such as the leg press and hamstring curls",
    "heel": "slow calf raises",
}


def hops_while_sore(text: str) -> str | None:
    """A jumping drill asked about yes or no while a shin, knee or heel hurts now (normalised text): hold
    the hops, keep the pain-free strength work, bring them back last. None otherwise."""
    if not _HOPS_ASKED.search(text) or not _HOPS_YES_NO.search(text):
        return None
    m = _SORE_PART_NOW.search(text)
    if m is None or _HOPS_GONE_BY.search(text) or returning(text) or cleared(text):
        return None
    said = m.group(0)
    if m.group("part") is None and not _HOPS_NOW.search(text):
        return None  # ("can plyometrics help prevent shin splints?": the injury named, nothing hurting)
    key = "shin" if "shin" in said else "knee" if "knee" in said else "heel"
    lead = "Yes, hold off on them for now" if _HOPS_SKIP.search(text) else "Not for now"
    return (
        f"{lead}: hopping and bounding are high-impact, and they load a sore {key} more than anything else "
        f"you'd do. Keep the pain-free strength work going ({_HOPS_KEEP[key]}), and bring the jumps back "
        f"last: {_JUMPS_LATER} If it isn't settling, {PRO}.\nRelated: /ask injury prevention"
    )


_YES_NO = rx.compile(
    r"\b(?:ok|okay|safe|fine|alright|good idea)\b(?: (?:\w+ ){0,4}\w+)?\s*$|"
    r"^(?:(?:\w+ ){0,12})?(?:is|are|can|could|should|do|does|would|will|am) (?:i|it|they|that|this)\b"
)


def _yes_no(text: str) -> bool:
    """A yes/no question ("ok to keep doing leg strength?"), not "what can I still do?"."""
    return bool(_YES_NO.search(text)) and not rx.search(r"\b(?:what|which|how|where|when|why)\b", text)


# "should plyos be in my routine or too risky?", "can I do box jumps yet?": asked about jumping.
_JUMPS_ASK = rx.compile(
    r"\b(?:should|can|could|is|are|would|when|ok|okay|safe|too risky|risky)\b.{0,40}"
    r"\b(?:plyo\w*|jump\w*|hop\w*|bound\w*|skipping)\b|\b(?:plyo\w*|jump\w*|hop\w*|bound\w*|"
    r"skipping)\b.{0,40}\b(?:ok|okay|safe|risky|"
    r"too soon|yet)\b"
)
# "can strength training help stop this happening again?", "will lifting prevent it coming back?"
_HELP_AGAIN = rx.compile(
    r"\b(?:help|stop|prevent|avoid|reduce)\w*\b.{0,40}\b(?:again|coming back|come back|recur\w*|"
    r"happening|another)\b"
)
_HELPS_AGAIN = (
    "balanced leg strength steadies the joints and evens out the imbalances behind most repetitive-stress "
    "injuries, so it's one of the best defences."
)


def _keep_strong(u: Uncovered, text: str) -> str:
    work = _KEEP_STRONG.get(u.id, "calf raises, bridges, step-ups and one-legged moves")
    return (
        f"Good that it's healed. To help keep it from coming back, keep the muscles around it strong twice "
        f"a week: {work}. Build up gradually, and if the old pain starts to come back, ease off and see a "
        f"physio.{_JUMPS_BACK if _JUMPS.search(text) else ''}\nRelated: {u.pointer}"
    )


# What an old, healed injury left behind (round 9): "still feels wobbly on trails", "still weak compared
# to the other one", "that leg is still noticeably smaller", "never got its strength back". Not pain: the
# side to build back, one leg at a time.
_LEFTOVER = rx.compile(
    r"\b(?:weak|weaker|weakness|wobbly|wobbles|wonky|unstable|instability|unsteady|gives? way|giving way|"
    r"smaller|thinner|skinnier|wasted|tighter|stiffer|lopsided|uneven|imbalanced?|not as strong|"
    r"(?:doesnt|dont|never) (?:feel |felt )?(?:as |the same|quite )?(?:strong|right|stable)|"
    r"never (?:fully |really |quite )?(?:recovered|came back|got (?:its|the|my) strength back)|"
    r"(?:dont|doesnt|cant) (?:fully )?trust|keeps? (?:rolling|giving way|going over)|rolling)\b"
)
_LEFTOVER_WORK = {
    "ankle_sprain": (
        "• One-legged calf raise (off a step): 12–15 reps each leg\n"
        "• One-legged squat: 12–15 reps each leg; the balance trains the small muscles that steady the "
        "ankle\n• Bench step-up: 12–15 reps each leg",
        "/exercise one-legged squat",
    ),
    "hamstring_strain": (
        "• Hamstring push-up (lowering on one leg, slowly): 12–15 reps each leg\n"
        "• Hamstring curl, one leg at a time: 12–15 reps each leg\n"
        "• Bridge: hold 30 s\nKeep it balanced with your quad work.",
        "/exercise hamstring push-up",
    ),
    "meniscus": (
        "• One-legged squat, no deeper than 90°: 12–15 reps each leg\n"
        "• Bench step-up (knee-high or lower, knee not locked at the top): 12–15 reps each leg\n"
        "• Quadriceps extension and hamstring curl, one leg at a time: 12–15 reps each leg",
        "/exercise one-legged squat",
    ),
}
_LEFTOVER_DEFAULT = (
    "• One-legged calf raise (off a step): 12–15 reps each leg\n"
    "• One-legged squat: 12–15 reps each leg\n• Bench step-up: 12–15 reps each leg",
    "/exercise one-legged squat",
)


def _leftover(u: Uncovered, text: str) -> str:
    work, card = _LEFTOVER_WORK.get(u.id, _LEFTOVER_DEFAULT)
    hops = (
        "\nHopping drills come last: once the one-legged work feels steady, start with low line hops and "
        "soft landings."
        if _JUMPS.search(text)
        else ""
    )
    lead = "They can help later, but not first. " if hops else ""
    return (
        f"{lead}Build that side back with one-legged work: both legs, the weaker side first, the same "
        f"reps each side, 2–3 sets, twice a week, starting light:\n{work}{hops}\n"
        f"If it still gives way or hurts, have a physio check it.\nFull card: {card}"
    )


# How deep to bend an old knee injury ("nervous about deep knee bends, how far down should I go?").
_DEPTH = rx.compile(
    r"\bhow (?:far|deep|low)\b|\bdeep (?:knee )?(?:bends?|bending|squats?|squatting)\b|"
    r"\bhow much (?:should |can )?(?:i )?bend\b|"
    # (r14 wb) "how do I do squats without wrecking it?", "how do I squat safely?": the knee-safe rules
    r"\bhow (?:do|can|should) i (?:\w+ ){0,3}(?:without (?:wrecking|hurting|damaging|injuring|ruining|"
    r"aggravating)|safely)\b|\b(?:squat|lunge|squats|lunges) safely\b"
)


def knee_depth_asked(text: str) -> bool:
    """How deep to bend, or how to squat without wrecking the knee (normalised text)."""
    return bool(_DEPTH.search(text))


_KNEE_SAFE = (
    "Good that it's behind you. {name} isn't covered in detail here, so your physio's advice comes "
    "first, but the article's knee-friendly rules fit: bend no deeper than 90° (one-legged squat, "
    "lunge, wall squat), keep your knees behind your toes, don't lock them at the top, and use a "
    "weight you're comfortable with. Quad and hamstring strength, kept in balance, protects the knee; "
    "stop anything that hurts.\nFull card: /exercise one-legged squat"
)
# (r17 uf) Which moves are kind to a knee ("kinder to it", "easy on the knee", "knee-friendly").
_KINDER_ASK = rx.compile(
    r"\b(?:kinder|kind|gentler|gentle|easier|easy|safer|safe|softer|friendlier|friendly|better) "
    r"(?:on|to|for) (?:it|my knee|the knee|knees|my knees|that knee|that)\b|\bknee[ -]?friendly\b"
)
_KNEE_KIND_MOVES = (
    "{name} isn't covered in detail here, so your physio's advice comes first. Kinder choices: step-ups "
    "onto a step knee-high or lower, bridges, hamstring push-ups, and in the gym the leg machines (leg "
    "press, quadriceps extension, hamstring curl), which make good form and a full, even range easier. "
    "Keep every rep slow and controlled, bend no deeper than 90°, and stop just short of locking the "
    "knee. Quad and hamstring strength, kept in balance, protects the knee; stop anything that hurts.\n"
    "Full card: /exercise bench step-up"
)
# "is strengthening them a thing?", "would strength work help?", "should I strengthen it?": yes first.
_STRENGTHEN_ASK = rx.compile(
    r"(?<!what )(?<!which )(?<!how )\b(?:is|would|will|could|can|does|do) (?:\w+ ){0,2}"
    r"(?:strengthen\w*|strength (?:work|training|stuff)|leg work|calf work|hip work|glute work)\b"
    r"(?: (?:\w+ ){0,3}(?:a thing|help\w*|worth\w*|good|useful))?|"
    r"(?<!what )(?<!which )\bshould i (?:be )?strengthen\w*\b"
)
# "someone said weak hips can mess up your feet, true?": the hip link, which the article does make.
_WEAK_HIPS_SAID = rx.compile(
    r"\bweak (?:hips?|hip muscles)\b.{0,40}\b(?:cause\w*|mess\w*|affect\w*|lead\w*|link\w*|part|"
    r"behind|related|connected|true|right|real|thing|problem|issue)\b|"
    r"\b(?:could|can|might|is) (?:it|this|that) (?:be )?(?:down to |from |because of )?(?:my )?weak hips?\b"
)
WEAK_HIPS_LINE = (
    "Yes, it can: weak hips let each leg angle in or out, and that poor alignment strains the knees, "
    "hips and feet, so hip work (side-lying hip raise, bridge) belongs in the plan."
)
# Pregnant now (round 9: "24 and pregnant (2nd trimester)"): the doctor or midwife leads, not "after a
# baby".
PREGNANT_TEXT = (
    "Training while pregnant isn't covered in the article, so check with your doctor or midwife first: "
    "they know what's safe for you now. If they're happy, keep it gentle: comfortable weights, nothing "
    "extreme, breathe out on the effort and never hold your breath, and stop anything that hurts or "
    "feels wrong."
)

PREGNANT_YES = (
    "Usually yes, if your doctor or midwife agrees: training while pregnant isn't covered in the article, "
    "so check with them first. If they're happy, keep it gentle: comfortable weights, nothing extreme, "
    "breathe out on the effort and never hold your breath, and stop anything that hurts or feels wrong."
)
# "cleared by my OB, not lying on my back: which leg exercises can I still do?": the moves named
PREGNANT_WHICH = (
    r"\b(?:which|what) (?:\w+ ){0,2}(?:exercises?|moves|leg work|strength work|can i (?:still )?do)\b|"
    r"\bwhat can i (?:still )?do\b|\b(?:options|alternatives)\b|"
    # (r18 ta) "can I keep doing them, and do any need to change?": which moves, changed for now
    r"\b(?:any of them|anything|any|which|what) (?:\w+ ){0,2}(?:need|needs) (?:to )?"
    r"(?:change|changing|adapting)\b|"
    r"\bshould i (?:change|adapt|modify|drop|avoid|stop) (?:anything|any of them|any)\b"
)
# (r14 vb) "doctor said avoid lying flat. leg moves?", "what leg stuff is safe?": the moves asked for
# (not a yes/no, "is leg work ok?", which PREGNANT_YES answers)
_PREGNANT_MOVES = rx.compile(
    r"\b(?:what|which|any|some|safe|gentle)\b(?: \w+){0,2} (?:moves|exercises|stuff|work|options)\b|"
    r"\b(?:leg|legs|strength|lower body) (?:moves|exercises|stuff|options|workouts?|routine)\s*$"
)


def pregnant_moves(text: str) -> str:
    """The standing moves (none on the back), after the doctor's clearance or the check with them."""
    cleared = rx.search(
        r"\b(?:cleared|clearance|go ahead|ok d|okayed|signed off|given me the|says? i can|said i can|"
        r"happy for me|says? (?:its|it s) (?:fine|ok))\b",
        text,
    )
    lead = (
        "Good that you're cleared: follow your doctor's or midwife's advice first, as the article doesn't "
        "cover pregnancy."
        if cleared
        else "Training while pregnant isn't covered in the article, so check with your doctor or midwife "
        "first."
    )
    return (
        f"{lead} Standing moves suit you: calf raises (a hand on a wall), step-ups onto a low step, the "
        "wall squat with a ball, and lunges or one-legged squats holding something for balance; leave "
        "out the bridge and hamstring push-up, which put you on your back.\n"
        "Comfortable weights, breathe out on the effort and never hold your breath; stop anything that "
        "feels wrong."
    )


# Back after being ill (not covered): ease in, and a doctor first after a chest illness or heart signs.
ILLNESS_TEXT = (
    "the article doesn't cover training after an illness. Start with a lighter, shorter session and easy "
    "runs, and build back over a week or two as your energy returns. If it was COVID or a bad flu, or "
    "you get chest pain, a racing heart, dizziness or unusual breathlessness, stop and check with a "
    "doctor before training hard.\nTry one: /workout home"
)
# A kneecap that grinds or crunches without pain (round 10b): usually harmless, not runner's knee.
KNEECAP_NOISE_TEXT = (
    "Usually harmless if it doesn't hurt: grinding or crunching under the kneecap without pain is common, "
    "and the article doesn't cover it. Strong quads and hamstrings, kept in balance, support the kneecap "
    "(one-legged squats and step-ups to 90°, hamstring curls). If it starts to hurt, swells, catches or "
    "gives way, see a physio or doctor.\nRelated: /muscle quads"
)
# Weak or wobbly ankles, no injury told: the article's lower-leg work and balance.
WEAK_ANKLES_TEXT = (
    "Calf raises (both legs, then one leg off a step) are the article's ankle and lower-leg strength work, "
    "and one-legged moves (one-legged squats, step-ups) train the balance that steadies the ankle; "
    "standing on one leg is a simple extra. 2–3 sets of 12–15, twice a week. If an ankle keeps giving "
    "way or rolling, have a physio check it.\nFull card: /exercise calf raise"
)
# A child or teenager the runner asks for ("my son", "my 14-year-old daughter").
_YOUNG_WHO = rx.compile(r"\b(?:son|daughter|kids?|child|teen\w*|boy|girl|\d{1,2} ?(?:yo|year old))\b")
YOUNG_ARM_LINE = " For a young runner, keep it light and supervised, with technique before any weight."
ARM_TEXT = (
    "Yes, your legs can still train: pick moves that don't load that arm. Bodyweight lunges, one-legged "
    "squats, step-ups, calf raises (steady yourself with the good hand), the bridge and the wall squat, or "
    "the leg press, quad extension and hamstring curl machines. No dumbbells in that hand until your "
    "doctor or physio says so.\nTry one: /workout home"
)


# "why would building muscle help my tendons?" (r10c): the why, not only the injury's general line
_WHY_TENDON = rx.compile(
    r"\b(?:why|how) (?:would|does|do|will|can|could) (?:\w+ ){1,4}(?:help|protect|strengthen|support) "
    r"(?:\w+ )?(?:tendons?|joints?|ligaments?|achilles|knees?)\b"
)


# A cleared runner asking whether one strength move is OK ("is it ok to lunge", "can I do squats again",
# "are step-ups safe for me now").
_MOVES = (
    r"lung\w*|squat\w*|step ?ups?|stepping up|calf raises?|bridges?|leg press\w*|deadlifts?|"
    r"hamstring (?:curls?|push ?ups?)|(?:quad|quadriceps|leg) extensions?"
)
_MOVE_OK = rx.compile(
    rf"\b(?:ok|okay|safe|fine|alright|good idea|allowed) (?:for me )?(?:to )?(?:do |start |try )?(?:\w+ )?"
    rf"(?P<move>{_MOVES})\b|"
    rf"\b(?:can|could|should|may) i (?:still |now |start |go back to |get back to )?(?:do |doing |try )?"
    rf"(?:\w+ )?(?P<move2>{_MOVES})\b(?! (?:machine )?or\b)|"
    rf"\b(?:is|are) (?:the )?(?P<move3>{_MOVES}) (?:\w+ )?(?:ok|okay|safe|fine|alright)\b"
)
_KNEE_IDS = frozenset({"meniscus", "knee_limit", "kneecap_noise"})


_MOVE_NAMES = (
    ("lung", "lunges are"),
    ("squat", "squats are"),
    ("step", "step-ups are"),
    ("calf", "calf raises are"),
    ("bridge", "bridges are"),
    ("leg press", "the leg press is"),
    ("deadlift", "deadlifts are"),
    ("hamstring", "hamstring exercises are"),
)


def _move_ok_text(u: Uncovered, move: str) -> str:
    """Yes to one move after clearance, with the article's cues that keep it kind to the old injury."""
    what = next((said for key, said in _MOVE_NAMES if move.startswith(key)), "knee extensions are")
    knee = u.id in _KNEE_IDS or "knee" in u.name.lower() or "ligament" in u.name.lower()
    cues = (
        "Start with your body weight, bend the knee no further than a right angle (90°), keep it in line "
        "over your foot and behind your toes, don't lock it at the top, and move slowly"
        if knee
        else "Start light, move slowly and under control through a comfortable range, and don't lock "
        "your joints at the top"
    )
    card = "\nFull card: /exercise lunge" if what.startswith("lunges") else ""
    return (
        f"Yes, generally, once you're cleared: {what} fine if you build up gently. {cues}; add weight "
        f"only while it feels solid. Stop if it hurts or feels unstable, and check with your physio if "
        f"you're unsure ({u.name[:1].lower()}{u.name[1:]} isn't covered in detail here).{card}"
    )


def uncovered_text(u: Uncovered, hurt_now: bool, text: str = "") -> str:
    """The honest general answer; ``text`` (the normalised message) decides which: back after being
    cleared, asking how to prevent it, asking whether to run or train on, or hurting now."""
    if u.id == "pregnant":
        lead = acute_lead() + " " if hurt_now else ""
        if not lead and (
            rx.search(PREGNANT_WHICH, text) or (_PREGNANT_MOVES.search(text) and not _yes_no(text))
        ):
            return f"{pregnant_moves(text)}\nClosest here: /workout home"
        if not lead and _yes_no(text):
            return f"{PREGNANT_YES}\nClosest here: /workout home"
        return f"{lead}{PREGNANT_TEXT}\nClosest here: /workout home"
    if u.id == "arm":
        # (r15 yc) "my son broke his arm, can he still train his legs?": their legs, not yours
        told = _ARM_HURT.search(text)
        who = rx.search(r"\b(?:his|her|their)\b", told.group(0)) if told else None
        if who is None:
            return ARM_TEXT
        young = YOUNG_ARM_LINE if _YOUNG_WHO.search(text) else ""
        return (
            ARM_TEXT.replace("your legs", f"{who.group(0)} legs")
            .replace("steady yourself with the good hand", "holding on with the good hand")
            .replace("until your doctor", f"until {who.group(0)} doctor")
            .replace("\nTry one:", f"{young}\nTry one:")
        )
    if u.id == "knee_move_ok":
        return knee_move_ok_text(text, hurt_now)
    if u.id == "cramp":
        cramp = CRAMP_TEXT
        if not rx.search(r"\bcal(?:f|ves)\b", text):
            # (a hamstring or foot cramp: not the calf-raise line)
            cramp = cramp.split(" Once it's back to normal")[0] + "\nRelated: /ask injury prevention"
        if rx.search(r"\b(?:(?:two|three|four|few|2|3|4|several) days|a week|week)\b", text):
            # (already days on and still sore: the physio now, not "after a day or two")
            cramp = cramp.replace(
                "Rest it for now, and see a physio or doctor if it still hurts to walk after a day or two:",
                "Rest it and see a physio or doctor now it has lasted this long:",
            )
        return cramp
    if u.id == "older_start":
        older = OLDER_START_TEXT
        if rx.search(r"\b(?:gym|machines?)\b", text):
            # (a gym told: its machines, which guide the movement, are the article's first stop)
            older = older.replace(
                OLDER_BASICS,
                "Start on the machines (leg press, quad extension, hamstring curl), which guide the "
                "movement, with a light weight",
            ).replace("\nTry one: /workout home", "\nTry one: /workout gym")
        if not hurt_now and _yes_no(text.split(" and what ")[0]):
            # "is that sensible at my age, and what should I be careful of?": yes first
            older = older.replace("Mostly the same as anyone, done gently:", "Yes, at any age, done gently:")
        elif rx.search(r"\bdifferen", text):
            older = older.replace("Mostly the same as anyone, done gently:", "Not much, just done gently:")
        return (acute_lead() + " Once it has settled: " if hurt_now else "") + older
    if u.id == "kneecap_noise":
        return KNEECAP_NOISE_TEXT
    if u.id == "illness":
        when = rx.search(r"\bwhen\b|\bhow (?:long|soon)\b", text)
        lead = (
            "Once the fever and the worst of the tiredness have gone: "
            if when
            else "Yes, gently, once you're over it: "
            if _yes_no(text)
            else "Ease back in: "
        )
        return lead + ILLNESS_TEXT
    if u.id == "weak_ankles":
        lead = "Yes: " if _yes_no(text) else ""
        text_ = WEAK_ANKLES_TEXT
        return lead + (text_[:1].lower() if lead else text_[:1]) + text_[1:]
    if u.id == "back_form":
        return BACK_FORM_TEXT
    if u.id == "joint_fix":
        return joint_fix_text(u, text)
    if u.id == "session_sore":
        return session_sore_text(text)
    if u.id == "replaced":
        if hurt_now:
            return f"{acute_lead()} With a joint replacement, tell your surgeon too."
        if _yes_no(text):
            return "Usually yes, once your surgeon or physio has okayed it: " + REPLACED_TEXT
        starters = (
            " Gentle starters from the article, once okayed: bridges (hold 30 s), calf raises and step-ups "
            "onto a low step.\nTry one: /workout home"
            if rx.search(r"\b(?:what|which|how)\b", text)
            else ""
        )
        return REPLACED_TEXT[:1].upper() + REPLACED_TEXT[1:] + starters
    if u.id == "knee_limit":
        move = None if hurt_now else _knee_move(text)
        if move is not None:
            return move
        lead = acute_lead() + " Once it has settled, " if hurt_now else ""
        if not lead and _yes_no(text):
            return "Usually, if you keep it knee-friendly: " + KNEE_LIMIT_TEXT
        return (lead or "Plenty: ") + KNEE_LIMIT_TEXT
    if u.id == "bones" and not hurt_now:
        if _JUMPS.search(text):
            # the hops asked about: not before a doctor's OK, then what is usually fine
            return (
                "Check with your doctor or physio first: hopping and jumping drills are high-impact, and "
                "with low bone density they should say whether, and how gently, you start them. Slow, "
                "controlled strength work with a comfortable weight is usually encouraged (calf raises, "
                f"step-ups, bridges, leg press).\nRelated: {u.pointer}"
            )
        lead = "Usually yes, with your doctor's OK: " if _yes_no(text) or _IS_OK.search(text) else ""
        general = u.general if not lead else u.general[:1].lower() + u.general[1:]
        honest = (
            "" if lead else f" {u.name} isn't covered in detail here, so your doctor's advice comes first."
        )
        return f"{lead}{general}{honest}\nRelated: {u.pointer}"
    if u.id == "condition" and not hurt_now:
        lead = (
            "Not without your doctor's OK; check with them or your physio first"
            if _RECENT.search(text) and not _OLD.search(text)
            else "Usually yes, and it can help, but check with your doctor or physio first"
            if _yes_no(text)
            or rx.search(
                r"\b(?:would|will|could|can|does|do|is|are)\b(?: \w+){0,8} (?:help|safe|ok|okay)\b", text
            )
            else "Check with your doctor or physio first"
        )
        if _CANCER.search(text):
            # (t27) after chemo: the oncologist in the loop, gentle and paced by energy
            lead = lead.replace("your doctor or physio", "your oncologist or physio").replace(
                "without your doctor's OK; check with them", "without your oncologist's OK; check with them"
            )
            return (
                f"{lead}: the article doesn't cover training after cancer treatment. In general: start with "
                "bodyweight moves (bridges, calf raises, step-ups onto a low step), one or two sets twice a "
                "week with easy days between, build up over the weeks, and ease off on days your energy is "
                "low; if a session leaves you wiped out the next day, do less next time."
                "\nTry one: /workout home"
            )
        return (
            f"{lead}: the article doesn't cover training after a stroke or with a nerve condition, and they "
            f"know what your weaker side can take. {u.general}\nRelated: {u.pointer}"
        )
    if u.id == "recurring":
        if hurt_now:
            return f"{acute_lead()} Once it has settled: " + RECURRING_TEXT
        if _MEAN_ASK.search(text):
            return "It means " + RECURRING_TEXT
        if _YES_NO_HELP.search(text) or _STRENGTH_THING.search(text):
            return "Yes, it can: " + RECURRING_TEXT
        if rx.search(r"\bwhy\b|\bdoing wrong\b|\bwhat causes\b", text):
            return "Often because " + RECURRING_TEXT
        return RECURRING_TEXT[:1].upper() + RECURRING_TEXT[1:]
    old = not hurt_now and (returning(text) or cleared(text))
    if old and u.id == "meniscus" and _DEPTH.search(text):
        return _KNEE_SAFE.format(name=u.name)
    if old and u.id == "meniscus" and _KINDER_ASK.search(text):
        # (r17 uf) "ACL reconstruction, signed off: which leg exercises are kinder to it?": the moves and
        # the article's knee rules, for the ligament they named
        name = (
            (
                "An ACL reconstruction"
                if rx.search(r"\b(?:reconstruct\w*|surgery|op|operation)\b", text)
                else "An ACL injury"
            )
            if rx.search(r"\bacl\b", text)
            else u.name
        )
        glad = "Good that you're cleared." if pro_cleared(text) else "Good that it's behind you."
        return f"{glad} " + _KNEE_KIND_MOVES.format(name=name)
    if old and _LEFTOVER.search(text):
        return _leftover(u, text)
    if not hurt_now and _OLD.search(text) and _AGAIN.search(text) and (returning(text) or cleared(text)):
        return _keep_strong(u, text)
    if cleared(text) and not hurt_now and not _JUMPS.search(text):
        asked = _MOVE_OK.search(text)
        if asked is not None:
            # "old ACL, fully cleared, is it ok to lunge?": yes, and how to keep that move kind to it
            return _move_ok_text(u, asked.group("move") or asked.group("move2") or asked.group("move3"))
    if cleared(text) and not hurt_now:
        plan = (
            f"{u.name} isn't covered in detail here, so your doctor's or physio's plan comes first. In "
            "general: start light and build up over the weeks, twice a week: calf raises, bridges, step-ups "
            "and one-legged moves, and stop anything that brings the pain back."
        )
        if _JUMPS.search(text) and _JUMPS_ASK.search(text):
            # "fully healed, should plyos be in my routine or too risky?": the jumps verdict first
            return f"Yes, but last, as they're high-impact: {_JUMPS_LATER} {plan}\nTry one: /workout home"
        if _HELP_AGAIN.search(text):
            # "cleared; can strength training help stop this happening again?": yes first
            return f"Yes, it can help: {_HELPS_AGAIN} {plan}\nTry one: /workout home"
        # (r15 yc) "fully healed" is not a professional's OK: say what they told
        glad = "Good that you're cleared." if pro_cleared(text) else "Good that it's healed."
        return f"{glad} {plan}{_JUMPS_BACK if _JUMPS.search(text) else ''}\nTry one: /workout home"
    if returning(text) and not hurt_now:
        when = rx.search(r"\bwhen\b|\bhow (?:long|soon)\b", text)
        lead = "When your doctor or physio says so" if when else "Once your doctor or physio has cleared you"
        return RETURN_TEXT.format(lead=lead, name=u.name) + f"\nRelated: {u.pointer}"
    if _PREVENT.search(text) and not hurt_now and not _HURTING.search(text):
        return (
            f"Yes, in general: heading off injuries is the biggest reason runners build leg strength, "
            f"and stronger muscles steady your joints. {u.name} isn't covered specifically here; "
            f"balanced strength work twice a week and building your running gradually is the usual "
            f"advice, and {PRO} about your own risk.\nRelated: /ask injury prevention"
        )
    if hurt_now and severe(text):
        # A snapped tendon needs seeing today, not general guidance.
        return f"{SEVERE_LEAD} {u.name} isn't covered in detail here, so their plan comes first."
    if u.id == "stress_fracture" and not hurt_now:
        # Pinpoint bone pain is the sign itself: stop and see someone first, every time.
        return (
            "Stop running and jumping on it and see a doctor or physiotherapist soon: pain in one spot on a "
            "bone, tender to press or there even at rest, can be a stress fracture, which can need a scan "
            "and weeks off impact. Don't train through it or try to fix it with exercises until it's been "
            "checked."
            "\nRelated: /ask injury prevention"
        )
    if not hurt_now and not _NOW.search(text) and _WHY_TENDON.search(text):
        # "creaky Achilles for years, why would building muscle help my tendons?": the article's why
        return (
            "Because stronger muscles steady your joints and take load off the ligaments and tendons, so "
            f"they wear less. {u.general} {u.name} isn't covered in detail here; if it starts to hurt, "
            f"{PRO}.\nRelated: {u.pointer}"
        )
    first = acute_lead() + " " if hurt_now else ""
    hip_link = u.id not in ("itb", "hip_pain", "back") and _WEAK_HIPS_SAID.search(text)
    hips = WEAK_HIPS_LINE + " " if hip_link else ""
    if not first and hips:
        # "someone said weak hips can mess up your feet?? true": that link first, then the injury
        return (
            f"{hips}{u.general} {u.name} isn't covered in detail here; "
            f"for a diagnosis and a plan, {PRO}.\nRelated: /exercise side-lying hip raise"
        )
    if not first and _STRENGTHEN_ASK.search(text) and not u.outro:
        first = u.yes_lead or "Yes, usually, once it's pain-free. "
    if not first and _STRENGTH_THING.search(text):
        # "is that a leg strength thing?", "could weak legs be part of it?": a verdict first, then the
        # general answer, with the honest "not covered" after it rather than before.
        return (
            f"It can be, but get it checked rather than guess. {u.general} {u.name} isn't covered in detail "
            f"here; for a diagnosis and a plan, {PRO}.\nRelated: {u.pointer}"
        )
    if not first and _WORSE.search(text):
        # "are calf raises ok or will they make it worse?": the verdict on the worry first
        first = (
            "Usually fine if they're slow and pain-free; stop at the first twinge. "
            if _IS_OK.search(text)
            else "Not if they're slow and pain-free; stop at the first twinge. "
        )
    elif not first and _STOP_ASK.search(text):
        first = "Drop it for now if it hurts; keep only what's pain-free. "
    if not first and _ACT_ASK.search(text):
        # (r15 xe) "sore for two weeks, should I do something about it?": yes, not "only if pain-free"
        first = (
            "Yes, don't ignore it: ease off what aggravates it, and get it looked at if it isn't settling. "
        )
    elif not first and _DIAGNOSED.search(text) and (_GO_ON.search(text) or _IS_OK.search(text)):
        # (r15 xe) "diagnosed with tendinopathy - are hamstring push-ups ok?": whoever diagnosed it knows
        # its stage, so their say comes before a general "usually yes"
        first = "Check with your physio first, since it's been diagnosed: they know what it tolerates now. "
    if not first and _RUN_ON.search(text) and _RUN_ON_ASK.search(text):
        first = "Ease off the running that hurts until it has been checked: don't run through it. "
    elif not first and (_GO_ON.search(text) or _IS_OK.search(text)) and not _WH_ASK.search(text):
        # "can I still run on it?" (not "what should I work on?"): a verdict on carrying on
        first = (
            u.yes_lead
            if u.yes_lead
            else "Usually yes, if it stays pain-free; stop at the first twinge. "
            if not _NOW.search(text) and not u.outro
            # (nothing hurting told: "mild arthritis, is lifting ok for me?")
            else "Only if it's completely pain-free, and stop at the first twinge. "
        )
    if not first and _REST_OR.search(text):
        first = "Both, in that order: ease off while it's sore, then strengthen it gently once it settles. "
    elif not first and u.outro and _NORMAL_Q.search(text):
        first = "Usually, yes. "
    if u.outro:
        # (soreness, not an injury: the usual care and the strength work, without the injury caveat)
        side = ONE_SIDED_LINE + " " if _ONE_SIDED.search(text) else ""
        general = u.general
        if not first and general.startswith(_EASES) and _IMBALANCE_ASK.search(text) and "balance" in general:
            # (r15 xe) "recurring hamstring tightness, could it be an imbalance?": that verdict first
            first = "Possibly: "
            general = f"{general[len(_EASES) + 1 :]} {_EASES}"
            general = general[:1].lower() + general[1:]
        if (
            not first
            and general.startswith(_EASES)
            and (_BUILD_ASK.search(text) or _STRENGTH_ASKED.search(text))
        ):
            # "calves r toast late in every marathon, whats the best calf builder?": the strength work
            # asked for leads, the soreness care after it
            general = f"{general[len(_EASES) + 1 :]} {_EASES}"
            if _YES_NO_HELP.search(text):
                general = f"Yes: {general[:1].lower()}{general[1:]}"  # "could making them stronger help?"
        return f"{first}{side}{general} {u.outro}\nRelated: {u.pointer}"
    if u.closing:
        # (r17 ud) a condition, not an injury to diagnose: the answer first, the honest "not covered" after
        return (
            f"{first}{u.general} {u.name} isn't covered in detail in the article, so this is general "
            f"guidance. {u.closing}\nRelated: {u.pointer}"
        )
    return (
        f"{first}{u.name} isn't covered in detail here, so take this as general guidance. {u.general} "
        f"{_DIAGNOSIS_CLOSE}\nRelated: {u.pointer}"
    )
