"""Words and phrase patterns that tell whom a speaker speaks for: kinds of organisation, titles, offices,
relations ("spokesman for", "head of"), written by hand from English news usage. Read by `speaker_party` (one
speaker phrase) and `sides` (each speaker in the context of the article)."""

from __future__ import annotations

import re

from bot.attribution.cues import PERSON_ROLES
from bot.attribution.parties import INSTITUTION_ROLES, word_set

# The dashes news sets words off with, spaced or not ("--" as typewriters wrote it).
DASHES = frozenset({"--", "—", "–", "-", "―"})

PRONOUNS = word_set("he she they it we i you his her their its them him")
GENERIC_HEADS = word_set(
    """
    official officials source sources spokesman spokeswoman spokesperson authorities government ministry
    statement report reports people person aide aides adviser advisers member members representative
    representatives diplomat diplomats leader leaders someone one
    """
)
# Nouns by which an article refers back to an organisation it has just named ("the company said").
ORGANISATION_NOUNS = word_set(
    "company firm carmaker group union party ministry government agency organisation organization bank council"
    " military army police junta charity association foundation commission committee federation league authority"
)
# A public body named by its kind first, whatever its name ends with ("Department of Mineral Resources").
PUBLIC_BODY_FIRST = re.compile(
    r"(?i)(?:the\s+)?(?:department|ministry|office|agency|bureau|commission|authority|directorate|council)\b"
)
# Kinds of organisation an article may write before the name ("the company Aegean Horizon Maritime") or
# for a name just given ("Helvetica Pharma is recalling …, the company said").
KINDS_NAMED_BEFORE = word_set(
    "company firm organisation organization group union association foundation charity body airline carrier bank"
    " insurer retailer carmaker automaker manufacturer operator"
)
# A company named by what it is or by its management ("Management has offered 4.5 percent"), the titles of those
# who speak for it, and how company names end ("Veltrava Motors").
COMPANY_KINDS = word_set("company firm carmaker management employer")
# Makers who are people, not companies (unlike "drugmaker", "chipmaker", "planemaker").
PEOPLE_WHO_MAKE = word_set(
    "lawmaker lawmakers policymaker policymakers filmmaker filmmakers peacemaker peacemakers kingmaker troublemaker"
    " homemaker dressmaker decision-maker decision-makers"
)
CORPORATE_TITLE = re.compile(
    r"\b(?:chief (?:executive|operating|financial) officer|chief executive|CEO|COO|CFO|managing director)\b", re.I
)
COMPANY_NAME_ENDINGS = word_set(
    "motors inc inc. corp corp. corporation ltd ltd. group holdings ag sa gmbh plc llc airlines automotive industries"
    " resources mining minerals energy petroleum technologies pharma pharmaceuticals partners capital properties"
    " developments investments logistics semiconductor semiconductors systems electronics"
)
# Titles held in an organisation, by which someone right after it spoke speaks for it ("Project manager X").
ORGANISATION_TITLES = word_set(
    "manager director coach president chairman chairwoman chair officer executive head secretary counsel adviser"
    " advisor treasurer"
)
# The EU's executive and diplomatic bodies speak for the Union when the article also has it speak as one.
EUROPEAN_UNION = "European Union"
EU_INSTITUTIONS = frozenset(
    {"European Commission", "European Council", "Council of the European Union", "European External Action Service"}
)
# Someone who speaks for the EU by title: "EU foreign policy chief Josep Borrell", "an EU official" (not a body
# whose name only opens with the union's: "EU-Japan Business Round Table").
EU_VOICE = re.compile(
    r"^(?:[Tt]he\s+|[Aa]n?\s+)?(?:\w+\s+)?"
    # "The head of the EU monitoring mission in Armenia"
    r"(?:(?:head|chief|spokes(?:man|woman|person)|representative|envoy|ambassador)\s+(?:of|for)\s+the\s+)?"
    # (not a body with a name of its own, "the European Union Chamber of Commerce", but its mission in a country)
    r"(?:EU|European Union)(?:['’]s)?\s+(?!(?!(?:Mission|Monitoring|Observation|Delegation)\b)[A-Z-])"
)
# United Nations missions and agencies by acronym: UNSMIL, UNMISS, UNIFIL, UNAMA.
UN_MISSION = re.compile(r"\bUN[A-Z]{2,}\b")
# The word before "Security Council", which may make it a state's own ("National", "Russia's").
NATIONAL_COUNCIL = re.compile(r"(?P<whose>[\w'’]+)\s+security\s+council\b", re.IGNORECASE)
# Who heads a body the article does not name, by its kind: "president of a garment workers' federation".
HEAD_OF_UNNAMED_BODY = re.compile(
    r"^(?:\w+\s+){0,2}?(?:president|chairman|chairwoman|chairperson|chair|head|leader|secretary|spokesman"
    r"|spokeswoman|spokesperson)\s+(?:general\s+)?of\s+(?:a|an|one\s+of\s+the)\s+(?P<body>[^,;]*?\b(?:federation"
    r"|union|association|confederation|alliance|coalition|syndicate|guild|league|cooperative|organi[sz]ation)s?)\b",
    re.IGNORECASE,
)
# Where a body is based, before its kind: "an Istanbul-based textile exporters' association".
PLACE_BASED = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*-based\s+")
# A state's council named after it: "the Security Council of Armenia".
COUNCIL_OF_STATE = re.compile(r"\bSecurity\s+Council\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# A judge's title before the name: "Justice Chacha Mwita", "Chief Justice Martha Koome" (not "Justice Minister …",
# which is checked by requiring a person's name after it).
JUDGE_TITLE = re.compile(r"^(?:Chief\s+|Associate\s+)?Justice\s+(?P<name>[A-Z].*)$")
# Someone described by an everyday occupation and where they live speaks as a resident: "a teacher in Souq
# al-Juma", "a shopkeeper from Marib".
LOCAL_PERSON = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:teacher|shopkeeper|vendor|farmer|driver|student|nurse|mother|father|"
    r"grandmother|grandfather|worker|trader|fisherman|villager|pensioner|housewife|baker|mechanic)\s+"
    r"(?:in|from)\s+(?:the\s+)?[A-Z]"
)
# A court speaks as a court, whatever country it sits in.
COURT_WORDS = word_set("court courts tribunal judge judges")
# Kinds that name one sort of organisation: "the union" is no company that spoke before unless called a union.
NARROW_KINDS = word_set("union party charity army military police junta bank authority council")
# Names a narrow kind goes by in a body's own name: a union is often an association ("British Medical
# Association", "National Education Association") or a federation, and "the union" after it is the same body.
NAMES_OF_KINDS = {"union": word_set("association federation confederation guild brotherhood congress")}
# Kinds of public body that only a body named so can be: "the council" is no campaign that spoke, "the ministry"
# no bank (a country that spoke may still have its ministry speak).
NAMED_KINDS = word_set("council ministry government cabinet presidency")
# Groups of people who speak as one without being an organisation: "the man's family".
GROUPS_OF_PEOPLE = word_set("family")
# Words naming a level of government before an organisation's kind ("the city police", "state officials").
JURISDICTIONS = word_set("city state county local federal national regional provincial municipal")
# Words for the organisation itself after its kind: "the police department", "the fire service".
ORGANISATION_UNITS = word_set("department force service")
# Words a body's name ends with ("Odesa Regional Military Administration", "Committee on International
# Affairs"): a capitalised name run on after one is a person's, as machine translation writes "… Oleh Kiper".
BODY_NAME_ENDS = (
    ORGANISATION_NOUNS
    | ORGANISATION_UNITS
    | word_set("administration affairs office bureau directorate command secretariat")
)
# Kinds too vague to be a side when the article names no such organisation ("the group", "the party").
UNNAMED_KINDS_OF_NO_SIDE = word_set(
    "group party government organisation organization agency council commission committee"
)
# Those who speak for an organisation named only by its kind: "a company spokeswoman", "bank officials".
ORGANISATION_VOICES = word_set(
    "spokesman spokeswoman spokesperson official officials executive executives representative representatives "
    "lawyer lawyers statement leader leaders chairman chairwoman chair head chief negotiator negotiators founder"
)
# Nouns that refer back to the organisation or the study that has just spoken ("the company", "the study").
REFERRING_NOUNS = ORGANISATION_NOUNS | INSTITUTION_ROLES | ORGANISATION_UNITS | word_set("statement office")
# Words naming someone's role after their organisation's name ("FNV negotiator", "ECT spokeswoman").
ROLE_WORDS = PERSON_ROLES | ORGANISATION_VOICES
# Those who speak for whoever spoke just before, when nothing else says for whom: "Spokesman Dmitry Peskov".
BARE_VOICES = word_set("spokesman spokeswoman spokesperson")
# Those a body has who do not speak for it: "the company's union", "the carmaker's workers".
# People against someone, never on the side of whom they name ("Kremlin critics", "opponents of Erdogan").
OPPONENTS = word_set("critics critic opponents opponent detractors foes adversaries dissidents dissident")
# The longest such phrase that names a side of its own ("Kremlin critics"); a longer one is no party's.
MAX_OPPONENT_SIDE_WORDS = 4
APART_FROM_OWNER = word_set(
    """union unions workers employees staff shareholders investors customers critics critic rivals rival opponents
    opponent detractors foes adversaries challengers"""
)
VOICED_KINDS = frozenset({"group", "country", "movement"})
# "health minister", "foreign minister", "minister of internal affairs": the portfolio, to find the ministry that
# spoke.
MINISTER_OF = re.compile(r"\b([a-z]+)\s+minister\b")
MINISTER_OF_PORTFOLIO = re.compile(r"\bminister\s+of\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)")
NOT_PORTFOLIOS = word_set("deputy prime vice former acting first")
# "Alphabet's " of "Alphabet's Google": a parent company named before the one it owns.
OWNER_PREFIX = re.compile(r"^[A-Z][\w.&-]*['’]s\s+(?=[A-Z])")
# "the Ministry Ayhan Hajizade": an organisation named by its kind, then a person's name (machine translation).
KIND_THEN_NAME = re.compile(r"^([Tt]he\s+(\w+))\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+$")
# "the FNV union", "the Unite union": an organisation's name before its kind.
NAME_BEFORE_KIND = re.compile(
    r"^(?:the\s+)?(?!(?:His|Her|Its|Their|Our)\s)(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?P<kind>[a-z]+)$"
)
# "Benton's lawyer", "Trump's press secretary": someone speaking for a named principal takes the principal's side.
REPRESENTATIVE = re.compile(
    r"^(?P<principal>[A-Z][^'’]{1,60})['’]s?\s+(?:\w+\s+)?(?:lawyers?|attorneys?|counsel|spokes(?:man|woman|person)|"
    r"secretary|aides?|advis[eo]rs?|office|campaign|representatives?|agents?|legal team|defen[cs]e team|coach)\b"
)
# "A spokesman for the junta, Colonel X", "a spokeswoman for the agency", "the statement of the ministry" (as
# machine translation writes it): a voice and whom it speaks for.
VOICE_FOR = re.compile(
    r"^(?:[Aa]n?\s+|[Tt]he\s+)?(?:\w+\s+)?(?:spokes(?:man|woman|person)|representatives?|statements?)\s+(?:for|of)\s+"
    r"(?P<principal>[^,;:()]{2,80})"
)
# "A lawyer for hundreds of patients who received …", "attorneys representing the families": counsel and client.
COUNSEL_FOR = re.compile(
    r"^(?:[Aa]n?\s+|[Tt]he\s+)?(?:\w+\s+)?(?:[Ll]awyers?|[Aa]ttorneys?|[Cc]ounsel)\s+(?:for|representing)\s+"
    r"(?P<principal>[^,;:()]{2,80})"
)
# Words for one who pleads a client's case: "attorney Rachel Lindqvist" after "A lawyer for …" holds its office.
COUNSEL_WORDS = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"})
# "the adviser who spoke for India", "a negotiator speaking for the bloc": someone described as a voice of another.
SPOKE_FOR = re.compile(
    r"\b(?:who\s+(?:spoke|speaks|negotiated|negotiates)|speaking|negotiating)\s+for\s+(?P<principal>[^,;:()]{2,60})"
)
# "The head of the observer mission", "a member of the delegation": someone leading or sitting on a body the
# article names only by what it is.
HEAD_OF = re.compile(
    r"^(?:[Aa]n?\s+|[Tt]he\s+)?(?:\w+\s+)?(?:head|chief|leader|director|chair(?:man|woman)?|members?|secretary|president)"
    r"\s+of\s+"
    r"the\s+(?P<body>[a-z][a-z -]{2,60}?)\s*(?:,|$)"
)
# Organs of a state that a wire story names without their country when they are the host country's own.
STATE_ORGANS = word_set("ministry government army military police parliament presidency cabinet")
# National bodies, which (unlike a city's police) speak for the state wherever the article names them without a
# country: "A military official", "The Joint Chiefs of Staff" of a story filed from Seoul.
NATIONAL_ORGANS = re.compile(
    r"\b(?:military|army|navy|air force|armed forces|defen[cs]e forces|joint chiefs of staff|coast guard|cabinet|"
    r"presidential office|security council|state council|intelligence (?:service|agency)|spy agency)\b",
    re.IGNORECASE,
)
# A state's administration of one of its regions (Ukraine's oblast military and state administrations), which
# speaks for the state of the story, unlike a city council or a regional parliament with politics of its own.
REGIONAL_STATE_ADMINISTRATION = re.compile(
    r"\b(?:regional|oblast|city|district)\s+(?:military|state)\s+administration\b|\boblast\s+administration\b",
    re.IGNORECASE,
)
# A political party's name before the word "party": "Georgia's ruling Georgian Dream party", "the Labour Party".
PARTY_NAME = re.compile(r"(?<![\w'’])((?:[A-Z][\w-]*(?<!['’]s)\s+)+)(party|Party)\b")
# "Fianna Fáil councillor Liam Doyle", "Likud lawmaker Yuli Edelstein": a party named by its own name (no word
# "party") before a member's role and name. Not "Senior MP …" or "Ohio Senator …" (a state is no party).
MEMBER_OF_PARTY = re.compile(
    r"^(?:[Tt]he\s+)?(?P<party>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:councillors?|councilors?|MPs?|MEPs?|MLAs?|MSPs?|TDs?|lawmakers?|legislators?|parliamentarians?)\s+[A-Z]"
)
NOT_PARTY_NAMES = word_set(
    """senior veteran former local independent backbench rebel junior fellow ruling longtime new young top leading
    prominent opposition government city county state district regional national"""
)
# "A senior Biden administration official", "in President Bush's administration": an administration named after
# who leads it.
ADMINISTRATION_OF = re.compile(r"\b(?P<leader>[A-Z][\w-]*(?:['’][A-Z][\w-]*)?)(?:['’]s)?\s+administration\b")
# "The opposition CDU", "the rebel M23 movement": a movement word before the movement's own name, which names it.
NAMED_MOVEMENT = re.compile(
    r"^(?:[Tt]he\s+)?(?:main\s+)?(?:opposition|rebel|separatist)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    r"(?:\s+(?:party|movement|group|alliance|bloc))?$"
)
# People and bodies that act for a state, besides the titled offices in TITLES.
OFFICE_HOLDERS = word_set(
    """
    official officials ministry government army military forces troops soldier soldiers lawmaker lawmakers
    diplomat diplomats embassy police parliament mp senator general commander delegation authorities agency
    negotiator negotiators governor mayor
    """
)
# A person named with the organisation they are of: "Maria Lopez of the Immigrant Justice Network".
PERSON_OF_ORGANISATION = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){2,3}(?:of|from|at)\s+(?:the\s+)?"
    r"(?P<organisation>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|on|[A-Z][\w&'’-]*))*\s+[A-Z][\w&'’-]*)$"
)
# "Russian-installed", "Russian-appointed": the country an official serves, written as one word with the verb.
INSTALLED_BY = re.compile(r"\b([A-Z][a-z]+)-(?:installed|appointed)\s")
# "the Taiwan Affairs Office", "the Mainland Affairs Council": a body for a place's affairs, run by another state.
_PLACE_WORDS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
PLACE_BEFORE_AFFAIRS = re.compile(rf"\b((?:{_PLACE_WORDS} and )?{_PLACE_WORDS}) (?=Affairs\b)")
# Members named after the body they sit on: "competition commissioner X" is of the European Commission.
BODY_OF_MEMBER = {"commissioner": "commission", "commissioners": "commission"}
# A rights group or commission named after its country: a watchdog of that country's state, not the state.
RIGHTS_BODY = re.compile(
    r"\b(?:[A-Z][\w-]*\s+)+(?:Human|Civil)\s+Rights(?:\s+[A-Z][\w-]*)+"
    # "The Kenya National Commission on Human Rights" (a body of rights, not "Minister for Human Rights")
    r"|\b(?:[A-Z][\w-]*\s+)*(?:Commission|Council|Committee|Centre|Center|Institute|League|Network)"
    r"\s+(?:on|for|of)\s+(?:Human|Civil)\s+Rights\b"
)
# Small words inside an organisation's name, which people's names do not have.
NAME_LINKS = word_set("of for without against to and on in")
HONORIFICS = word_set("mr mrs ms miss dr sir lord lady dame prof president host senator rep")
FORMER = re.compile(r"^(?:an?\s+|the\s+)?(?:former|ex-|onetime|one-time|retired)\b", re.IGNORECASE)
# Last words of an office, which spaCy sometimes tags as an organisation ("Attorney General").
OFFICE_WORDS = word_set(
    "general president minister secretary chairman director spokesman spokeswoman senator admiral colonel major"
    " lieutenant captain commander sergeant"
)
APPOSITIVE = re.compile(
    r",\s+((?:an?|the|one of the)\s[^,.;:“\"\n]{3,140}?|(?!(?:who|which|that|and|but|he|she|they|it|adding)\b)"
    r"[a-z][^,.;:“\"\n]{3,140}?)(?:,|\s+(?:said|told|says|added)\b|\.(?=\s|$))"
)
# "President Salome Zourabichvili, who is at odds with the ruling Georgian Dream party, said …": someone the
# article sets against a government or party speaks for themselves, whatever their title says.
AT_ODDS = re.compile(
    r",\s+who\s+(?:is|has been|was|had been)\s+(?:\w+\s+)?(?:at odds with|opposed to|critical of|feuding with|"
    r"in conflict with|in (?:open )?dispute with|a (?:\w+\s+)?critic of|an? (?:\w+\s+)?opponent of|estranged from)\s"
)
# "The Gaza health ministry, which is run by Hamas,", "the Hamas-run health ministry", "The Kosovo Force (KFOR), led
# by NATO,": a body run by a party speaks for that party ("Iran-backed" Houthis still speak for themselves, so
# backing is not running).
RUN_BY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:(?:which|that)\s+(?:is|was|has been)\s+(?:\w+\s+)?)?"
    r"(?:run|controlled|governed|led|commanded)\s+by\s+(?:the\s+)?(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
# "The Saudi-led coalition", "the US-led mission": led by a country (not "the Kurdish-led forces", a people's).
LED_BY_PREFIX = re.compile(r"\b(?P<owner>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*)-led\b")
RUN_BY_PREFIX = re.compile(r"\b(?P<owner>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*)-(?:run|controlled|governed)\b")
# "…, who heads the charity Blood Pressure Action,": whom a speaker leads, said in a relative clause.
WHO_HEADS = re.compile(r",\s+who\s+((?:heads|leads|runs|chairs|directs)\s+[^,.;:“\"\n]{3,100}?)(?:,|\.(?=\s|$))")
AFFILIATION_NAME = re.compile(
    r"\b(?:of|for|at|with|heads|leads|runs|chairs|directs|group|organi[sz]ation|party|campaign|committee|company|firm"
    r"|union|association|charity)\s+"
    r"(?:the\s+)?"
    r"([A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*)*)"
)
HEAD_BOUNDARY = re.compile(
    r"\s(?:of|in|at|from|for|with|to|on|near|under|who|which|that|whose|representing|speaking|acting)\s|,"
)
ENTITY_LABELS_FOR_PLACES = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"})
# Offices a country's representative holds: "the Azeri president" tells whose president "President Aliyev" is.
TITLES = (
    "president",
    "vice president",
    "prime minister",
    "premier",
    "foreign minister",
    "defense minister",
    "defence minister",
    "minister",
    "secretary",
    "undersecretary",
    "chancellor",
    "king",
    "queen",
    "emir",
    "leader",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "army chief",
    "military chief",
    "governor",
    "mayor",
    "attorney general",
)

# Words after "Democratic" that still name the US party or one of its organs: "Democratic Party", "Democratic
# National Committee", "Democratic Sen. Tim Kaine".
US_PARTY_WORDS = word_set("Party National Congressional Governors Senate House Sen Sen. Rep Rep. Gov Gov. Leader")
# "Yemen's internationally recognised government", "the Ethiopian government": a country named with its government.
COUNTRY_GOVERNMENT = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}government\b")
# Speakers from more than one side at once: "both delegations", "officials of both governments".
JOINT = re.compile(r"\bboth\s+(?:sides|delegations|governments|parties|countries|camps|teams)\b", re.IGNORECASE)
# A body introduced by its country and kind, then named: "Portuguese club Sporting Braga", "Finnish cybersecurity
# company NorthShield".
NATIONALITY_KIND_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?P<nationality>[A-Z][\w-]+)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:club|company|firm|group|bank|carmaker|airline|team|union|federation|league|association)\s+"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)$"
)
# An organisation introduced by its kind anywhere in the text: "the non-governmental organisation Onde Solidali",
# "the NGO Onde Solidali", "the company Aegean Horizon Maritime", 'the union "Ziemia Lubelska"'. The name may be
# one the tagger does not know for an organisation, or takes for a person.
# A capitalised kind starts a name of its own ("Union Pacific") unless the name after it is quoted ('The National
# Joint-Stock Company «Naftogaz of Ukraine»').
_KINDS = "organi[sz]ation|NGO|company|firm|association|foundation|charity|union|federation|cooperative|movement|group"
KIND_INTRODUCES_NAME = re.compile(
    # 'the party "Georgian Dream"' only with its quote marks ("party Chairman Irakli Kobakhidze" names a person)
    # (on one line, and not an article opening the next sentence: "… to brother's firm\n\nThe city's …")
    rf"(?<!TV )(?<!television )(?<!media )\b(?:(?:{_KINDS})[ \t]+[«\"“„]?|(?i:{_KINDS}|party)[ \t]+[«\"“„])"
    r"(?!(?:The|A|An)\b)(?P<name>[A-Z][\w&'’-]*(?:[ \t]+(?:(?:for|and)[ \t]+)?[A-Z][\w&'’-]*){0,4})"
)
# "'s statement" after whoever made it: "A club spokesman's statement" speaks as "a club spokesman".
POSSESSIVE_STATEMENT = re.compile(r"['’]s\s+statements?$")
# Groups of a country's people or firms, who are no voice of its state: "Nigeria's resident doctors", "French
# farmers", "Germany's carmakers"; the people among them speak as a group of their kind ("The farmers say …").
KINDS_OF_PEOPLE = word_set(
    "doctors nurses teachers workers farmers students residents citizens voters miners drivers pilots journalists"
    " traders fishermen fishers truckers lawyers protesters demonstrators"
)
PEOPLE_OF_A_COUNTRY = KINDS_OF_PEOPLE | word_set(
    "carmakers automakers companies firms businesses exporters manufacturers producers airlines"
)
# Families who speak together for their own ("Families of hostages", "the families").
FAMILIES = word_set("families relatives")
# The public, whom polls and vox pops quote: a kind of people, but no party to a dispute ("voters say …").
THE_PUBLIC = word_set("voters citizens residents")
# Civic bodies, no voice of their state either: "A French consumer group", "an Israeli rights group".
CIVIC_BODIES = word_set(
    "group groups association associations organisation organization organisations organizations charity unions"
    " charities coalition alliance network foundation"
)
# A company's registered name, which may hold a place ("Tokyo Electric Power Company", "Bank of America Corp",
# "Nippon Steel", "Russian Railways"): a firm, not the country it names.
COMPANY_NAME = re.compile(
    r"\b(?:[A-Z][\w&'’.-]*\s+(?:of\s+)?){1,5}(?:Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|Holdings|PLC|plc|"
    r"Steel|Airlines|Airways|Motors|Telecom|Petroleum|Railways)"
    r"(?![\w-])"
)
# Kinds of body that are never a state's voice: "the charity", "the company" is not the government that spoke.
NON_STATE_KINDS = COMPANY_KINDS | CIVIC_BODIES | word_set("union party club campaign")
# The kinds of body a people's own association may be named as ("British Medical Association").
NATIONAL_BODY_KINDS = word_set("association federation union foundation league confederation society guild")
# "Nigeria's " of "Nigeria's resident doctors": the country owning a group, left out of the group's name.
COUNTRY_OWNER = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+")
# How many or which of them, before a kind of group: "eight main trade unions" are "Trade unions".
COUNT_BEFORE_KIND = re.compile(
    r"^(?:(?:all|both|several|many|some|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|main|major|"
    r"biggest|largest|leading|top)\s+)+",
    re.IGNORECASE,
)
# "Al-Nasr spokesman Osama al-Fitouri", "Hamas commander X": a named body, its voice, then the voice's name.
_BODY_VOICES = (
    r"(?:spokes(?:man|woman|person)|commander|director|chief executive|chairman|chairwoman|president|"
    r"[Ss]ecretary[- ][Gg]eneral)"
)
# The body is named without a possessive: "Helvetica's chief executive Marc Dubois" speaks for Helvetica.
# Not a word that qualifies the title itself ("Vice President", "Former chairman", "Acting director") nor one that
# opens a sentence before it ("The president", "No spokesman").
_NOT_BODIES = (
    r"(?:Vice|Former|Acting|Deputy|Interim|Outgoing|Incoming|Past|Honorary|Executive|Assistant|Associate|"
    r"The|A|An|No|This|That|Its|Their|His|Her|Our|Your|Every|Each|Any|Some)"
)
_VOICED_BODY = rf"(?!{_NOT_BODIES}\b)(?P<body>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,3}})(?<!['’]s)(?:['’]s)?"
BODY_VOICE_NAME = re.compile(rf"^{_VOICED_BODY}\s+{_BODY_VOICES}\s+[A-Z]")
# The same description without the name, as the article gives it before one: "Srbijagas director".
BODY_VOICE = re.compile(rf"^{_VOICED_BODY}\s+{_BODY_VOICES}$")
# "Senator Paula Kincaid of Maine", "Senate Majority Leader Clayton Reeves of Wyoming": a legislator and state.
HOME_STATE = re.compile(
    r"^(?P<person>.*\b(?:Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Leader|Gov\.|Governor)"
    r"\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+)\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$"
)
# A surname opening with a lower-case particle: "al-Saqqaf", "el-Sisi", "de-Gaulle".
PARTICLE_NAME = re.compile(r"^[a-z]{1,3}-[A-Z]")
# Lower-case words inside names ("Charles de Gaulle", "Ursula von der Leyen", "Mohammed bin Abdulrahman Al
# Thani"); any other makes a phrase, not a name.
NAME_PARTICLES = word_set("de da del della der di dos du la le van von bin ibn al")
# Bodies whose president or leader holds no office of state: "community president", "the union's leader".
NON_STATE_BODIES = word_set(
    "community association union club company federation league party group council university college bank"
    " foundation chamber board society committee tribe tribal village student students firm"
)
# Such a body named right before an office ("the association's president") or after it ("president of the
# Nigerian Association of Resident Doctors", "secretary-general of the China Chamber of Commerce").
_NON_STATE_BODY = "|".join(sorted(NON_STATE_BODIES))
BODY_BEFORE_OFFICE = re.compile(rf"\b(?:{_NON_STATE_BODY})(?:['’]s)?\s+$")
BODY_AFTER_OFFICE = re.compile(rf"(?:-general)?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}(?:{_NON_STATE_BODY})\b")
# Offices of a government, which a story filed from its country names without the country.
GOVERNMENT_OFFICES = frozenset(
    {"president", "vice president", "prime minister", "premier", "foreign minister", "defense minister"}
    | {"defence minister", "minister", "secretary", "undersecretary", "chancellor", "governor", "mayor"}
    | {"attorney general"}
)
# A clause that says where or when, or whose words are cited where, which tells nothing of whom the speaker
# speaks for.
PLACE_OR_TIME_CLAUSE = re.compile(r",\s+(?:where|when|whose)\b.*$", re.DOTALL)
# Where a diplomat is posted, which is not the country they speak for: "A Western diplomat in Tbilisi", "an
# envoy to Kabul".
POSTED_IN = re.compile(
    r"^(?P<kept>.*\b(?i:diplomat|envoy|ambassador|embass(?:y|ies))s?)\s+(?:in|to)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$"
)
# Where a body works, after its kind: "the company's union in Dresden".
PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
# An organisation's own unit, named by its kind: "NATO's peacekeeping force", "the WHO's regional office".
ORGANISATION_OWNER = re.compile(r"^(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.&-]*)(?:['’]s|(?<=s)['’])\s+(?=[a-z])")
# A ministry named by its portfolio alone: "the Foreign Office", "the Defence Ministry", "the Ministry of Defence".
UNNAMED_MINISTRY = re.compile(
    r"(?i)(?:the\s+)?(?:federal\s+)?(?:(?P<before>foreign|home|defen[cs]e|interior|finance|health|justice)\s+"
    r"(?:ministry|office)|ministry\s+of\s+(?:the\s+)?(?P<after>foreign|defen[cs]e|interior|finance|health|justice)"
    r"(?:\s+affairs)?)"
)
# A body or voice of "the government": "the government communication service", "the government's spokesman".
GOVERNMENT_OWNED = re.compile(r"(?:the\s+)?government(?:['’]s)?\s+[a-z]", re.IGNORECASE)
# A voice of the government, its country unnamed: "Government spokesman Rene Sadi", "a government official",
# "presidential spokesman Manuel Adorni".
GOVERNMENT_VOICE = re.compile(
    r"\b(?:government|presidential)\s+(?:spokes(?:man|woman|person)|officials?)\b", re.IGNORECASE
)
# The name of a body of learning or of civil society, which may carry a country's name without speaking for its
# government ("University of the Philippines", "Federation of German Consumer Organisations").
CIVIL_BODY_NAME = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+)*(?:University|College|Institute|Academy|Center|Centre|School|Federation|Association"
    r"|Confederation|Foundation|Society|Trust|Chamber|Labou?r\s+Congress|Trades?\s+Unions?(?:\s+Congress)?"
    r"|Labou?r\s+Union|Union(?=\s+of\s+[A-Z][a-z]+\s+of\b))"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*)*)?"
)
# Who heads a body, by the kinds of body they head: "the regional minister" heads a ministry.
BODIES_HEADED: dict[str, tuple[str, ...]] = {
    "minister": ("ministry",),
    "director": ("management", "directorate", "agency", "office"),
    "president": ("association", "federation", "council", "commission", "union"),
    "chairman": ("board", "committee", "council"),
    "chairwoman": ("board", "committee", "council"),
    "chair": ("board", "committee", "council"),
}
# The head of a region's or a city's government and the place: "the Chief Minister of Tamil Nadu K. Ilango",
# "Karnataka's Chief Minister Ramesh Gowda", "Governor of Lagos State", "the mayor of Springfield". The place
# speaks through its head.
_REGION_HEADS = r"(?i:chief minister|governor|premier|state president|regional president|mayor)"
REGION_HEAD = re.compile(
    rf"\b{_REGION_HEADS}\s+of\s+(?:the\s+)?(?P<region>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){{0,4}})"
    rf"|(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}})['’]s\s+{_REGION_HEADS}\b"
)
# A person's name written with initials, closing a phrase: "S. Ranganathan", "K. Ilango".
INITIALLED_NAME = re.compile(r"\s(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+)$")
# A body within an organisation that the article also names: "Board of Naftogaz", "Supervisory Board of Orlen".
UNIT_OF = re.compile(
    r"^(?:(?:supervisory|executive|management)\s+)?(?:board|management|presidium|press service|press office)\s+of\s+"
    r"(?:the\s+)?(?P<organisation>.+)$",
    re.IGNORECASE,
)
# "The management of the hospital": a body named by its part and what it runs.
MANAGEMENT_OF = re.compile(r"^(?:the\s+)?management\s+of\s+(?:the\s+)?(?P<body>[a-z]+(?:\s+[a-z]+)?)$", re.IGNORECASE)
# A body named by its kind with the role of who speaks for it: "The board of elections director", "the city
# planning office spokeswoman".
BODY_THEN_ROLE = re.compile(
    r"^(?:the\s+)?(?P<body>(?:[a-z'’-]+\s+){0,3}?(?:board|office|commission|committee|department|agency|authority)"
    r"(?:\s+of\s+[a-z'’-]+)?)\s+(?:director|chairman|chairwoman|chair|head|chief|spokes(?:man|woman|person))$",
    re.IGNORECASE,
)
# The legal form closing a company's name: no person's name ends so.
LEGAL_FORM = re.compile(
    r"\s(?:GmbH|AG|KG|Inc\.?|Ltd\.?|PLC|plc|LLC|LLP|S\.A\.|SE|N\.V\.|B\.V\.|Corp\.?|Co\.|S\.p\.A\.|SpA|S\.r\.l\.|"
    r"Srl|SRL|S\.L\.|SAS|Zrt\.?|Nyrt\.?|Kft\.?|Oyj?|ASA|A/S|AB|PJSC|OJSC|JSC|Pty|Bhd)$"
)
# Words before "director" that say what is directed, not whose director it is: "Sporting director Julien Marchetti".
KINDS_OF_DIRECTOR = word_set(
    "sporting technical executive managing creative artistic general finance financial communications campaign"
    " program programme research medical country regional national film football commercial"
)
# "minister of foreign affairs of Pridnestrovie", "President of Republika Srpska": an office, then the places or
# portfolios it is "of".
OFFICE_OF_PLACE = re.compile(r"(?i:\b(?:minister|president|premier|leader|governor|head)\b)(?P<of>.*)")
PLACE_OF = re.compile(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)")
# Capitalised words right before an office: a place ("Texas Attorney General", "District of Columbia Attorney
# General"), unless a portfolio or a rank (`RANKS_BEFORE_OFFICE`).
PLACE_BEFORE_OFFICE = re.compile(
    r"(?P<place>[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+)*)\s+(?:Attorney General|Governor|Mayor)\b"
)
# Jobs whose holders speak for themselves, not for whom they work: "Sam Salehpour, a Boeing quality engineer".
WORKER_ROLES = word_set(
    "engineer engineers worker workers employee employees staffer staffers pilot pilots mechanic mechanics"
    " technician technicians driver drivers clerk clerks contractor contractors whistleblower whistleblowers"
)
# "a member of the union's bargaining team", "member of the party": someone of a body named by its kind.
MEMBER_OF_KIND = re.compile(r"\bmember of (?:the|its|their) (?P<kind>[a-z]+)\b(?!-)")
RANKS_BEFORE_OFFICE = word_set("deputy vice acting chief senior federal first former lieutenant")
# Who holds a portfolio: "Education Secretary", "Health Minister".
PORTFOLIO_HOLDERS = word_set("minister secretary")
# Words after an office's "of" that name no place of its own: a portfolio ("Minister of Foreign Affairs",
# "Minister of State") or the start of a state's long name ("President of the Republic of Moldova").
PORTFOLIO_WORDS = word_set(
    "foreign affairs defence defense interior internal economy economic finance finances health justice education"
    " state labour labor trade agriculture energy environment culture transport industry tourism"
    " housing infrastructure science communications sport sports youth family social welfare equality digital"
    " emergency emergencies natural regional public higher territorial migration immigration veterans water"
    " republic kingdom federation union government people"
)

# A body's name in quote marks right after its kind: 'the party "Coalition for Changes"'.
QUOTED_NAME_AFTER = re.compile(r"\s*[«\"“„][A-Z][^»\"”“\n]{1,60}[»\"”]")
# A name and the acronym the article gives it in brackets: "The Kurdish-led Syrian Democratic Forces (SDF)".
ACRONYM_IN_BRACKETS = re.compile(r"([A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w'’-]*)+)\s+\(([A-Z]{2,})\)")
# Words of an organisation's titles, capitalised when the title is ("Chief Executive", "Managing Director").
TITLE_PARTS = ORGANISATION_TITLES | {"chief", "managing", "general", "operating", "financial", "executive"}
# A company's officer as an article describes one, after "the company": "the company's general counsel".
OFFICER = (
    r"['’]s\s+(?:\w+\s+){0,2}(?:counsel|spokes(?:man|woman|person)|executive|officer|director|president|chairman)\b"
)
# Words naming a body that is no company, beyond the organisation kinds: "Graduate School of Journalism".
NOT_COMPANIES = word_set("school university college institute court ministry department")
# "one farmer", "one of the students", "another protester": someone of a group of people.
ONE_OF_A_GROUP = re.compile(r"(?:one|a|an|another)\s+(?:of\s+(?:the|them|those)\s+)?(?P<kind>[a-z]+)", re.IGNORECASE)
# "A hacking group", "the health board", "patients' groups": a body named by what it does.
GROUP_BY_ITS_WORK = re.compile(
    r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<what>(?:[a-z][\w-]*['’]?\s+){1,2})(?P<kind>groups?|board|trust)$"
)
# Words before "group" that tell nothing of what it does ("that group", "a major climate group", "an outside group").
NOT_WHAT_A_GROUP_DOES = word_set(
    """that this these those such same other another new small large separate second third different whole entire
    major main leading top prominent influential powerful big independent outside local national international"""
)
# "a 54-year-old farmer from the village of Kangaten": a person described as one of a kind of people.
ONE_DESCRIBED = re.compile(
    r"(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?P<kind>[a-z]+)(?:\s+(?:from|in|at|near|who|living)\b.*)?", re.IGNORECASE
)
