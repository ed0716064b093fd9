//! Word lists the extractors share: function words, titles, demonyms,
//! countries, months, number words and the cue words that type an entity.
//!
//! These are general English and world knowledge, not tuned to any article.
//! All entries are folded (ASCII, lower case), as [`crate::normalize`] folds.

use super::dates::Beginning;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Function words and frequent sentence openers: never content, never a name
/// on their own.
pub static STOPWORDS: WordSet = WordSet::new(&[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "alongside",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anyone",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "least",
    "less",
    "like",
    "many",
    "may",
    "me",
    "meanwhile",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "neither",
    "never",
    "next",
    "no",
    "nor",
    "not",
    "notably",
    "now",
    "of",
    "off",
    "often",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "perhaps",
    "quite",
    "rather",
    "really",
    "same",
    "several",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "said",
    "says",
    "say",
    "told",
    "tell",
    "reported",
    "also",
    "according",
    "mr",
    "mrs",
    "ms",
    "s",
    "t",
    "de",
    "la",
    "le",
    "del",
    "der",
    "den",
    "von",
    "van",
    "al",
    "el",
    "bin",
    "ibn",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "week",
    "month",
    "year",
    "years",
    "day",
    "days",
    "time",
    "first",
    "now",
    "however",
    "instead",
    "despite",
    "recently",
    "currently",
    "meanwhile",
    "another",
    "then",
    "again",
    "amid",
    "besides",
    "anyway",
    "reportedly",
    "earlier",
]);

/// Compass directions, of a distance from a place (`55 km west of`,
/// `north-east of`).
pub static DIRECTIONS: WordSet = WordSet::new(&[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
]);

/// Clock and time-zone words: never names (`4:59 PM EDT`).
pub static CLOCK_WORDS: WordSet = WordSet::new(&[
    "am", "pm", "gmt", "utc", "bst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet",
    "cest", "eet", "ist", "jst", "aest", "aedt", "nzst", "nzdt", "et", "pt", "ct", "mt",
]);

/// Possessive determiners: "his arrest", "their remaining two games".
pub static POSSESSIVES: WordSet = WordSet::new(&["his", "her", "its", "our", "their"]);

/// Words that open a sentence before "time" and name no place whose time
/// it is: "at 3 p.m. Half time came", "Extra time was needed".
pub static BEFORE_TIME: WordSet = WordSet::new(&[
    "half", "full", "extra", "injury", "stoppage", "added", "game", "tea", "lunch", "dinner",
    "supper", "bed", "prime", "screen", "show", "kick", "play", "match", "closing", "opening",
    "first", "last", "next", "this", "that", "same", "any", "some", "every", "each", "no", "the",
    "a", "part", "over", "peak", "record", "lap", "race", "running", "winning", "response",
    "travel", "waiting", "journey", "flight", "reaction", "by", "at", "in", "on", "from", "for",
    "all", "it", "his", "her", "their", "our", "my", "your", "its", "question", "down",
]);

/// Capitalized abbreviations that name no one (`SUV`, `CEO`, `TV`).
pub static NOT_NAMES: WordSet = WordSet::new(&[
    "suv", "ceo", "cfo", "coo", "cto", "tv", "dna", "gps", "atm", "vip", "faq", "ok", "pc", "gdp",
    "ipo", "ai", "id", "hq", "rip", "ps", "pr", "hiv", "aids", "covid", "ev", "mp", "mps", "pm",
    "am", "i", "ii", "iii", "cpu", "gpu", "io", "ram", "os", "api", "url", "www", "http", "https",
    "usb", "lcd", "led", "faqs", "web", "internet",
]);

/// Stock exchanges, whose ticker tags (`(NYSE: AMD)`) name no one anew.
pub static EXCHANGES: WordSet = WordSet::new(&[
    "nyse", "nasdaq", "amex", "lse", "tsx", "asx", "otc", "hkex", "euronext", "xetra",
]);

/// Other names of well-known places and bodies, folded onto one key.
pub const ALIASES: &[(&str, &str)] = &[
    ("us", "united states"),
    ("usa", "united states"),
    ("america", "united states"),
    ("united states of america", "united states"),
    ("uk", "united kingdom"),
    ("britain", "united kingdom"),
    ("great britain", "united kingdom"),
    ("burma", "myanmar"),
    ("holland", "netherlands"),
    ("the netherlands", "netherlands"),
    ("kiev", "kyiv"),
    ("un", "united nations"),
    ("eu", "european union"),
    // US states as news agencies abbreviate them after a town ("Sunnyvale,
    // Calif."); those that are also common words or names are left out.
    ("ala", "alabama"),
    ("ariz", "arizona"),
    ("calif", "california"),
    ("colo", "colorado"),
    ("conn", "connecticut"),
    ("fla", "florida"),
    ("mich", "michigan"),
    ("minn", "minnesota"),
    ("neb", "nebraska"),
    ("nev", "nevada"),
    ("okla", "oklahoma"),
    ("tenn", "tennessee"),
    ("wis", "wisconsin"),
    ("wyo", "wyoming"),
    ("ny", "new york"),
    ("nj", "new jersey"),
    ("nc", "north carolina"),
    ("sc", "south carolina"),
    ("nm", "new mexico"),
    ("nh", "new hampshire"),
];

/// The key a place or body is known by (`u k` -> `united kingdom`).
pub fn alias(key: &str) -> &str {
    let compact: String = key.chars().filter(|c| *c != ' ').collect();
    ALIASES
        .iter()
        .find(|(name, _)| *name == key || (name.len() <= 3 && *name == compact))
        .map_or(key, |&(_, canonical)| canonical)
}

/// Words that form a title or role when they stand before a name.
pub static TITLES: WordSet = WordSet::new(&[
    "president",
    "premier",
    "minister",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "emperor",
    "sheikh",
    "sheik",
    "emir",
    "sultan",
    "general",
    "gen",
    "admiral",
    "adm",
    "colonel",
    "col",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "major",
    "maj",
    "governor",
    "magistrate",
    "gov",
    "senator",
    "sen",
    "representative",
    "rep",
    "congressman",
    "congresswoman",
    "mayor",
    "prefect",
    "speaker",
    "chairman",
    "chairwoman",
    "chair",
    "secretary",
    "director",
    "ambassador",
    "judge",
    "justice",
    "commissioner",
    "chief",
    "officer",
    "inspector",
    "detective",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "founder",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "actress",
    "actor",
    "singer",
    "star",
    "rapper",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "reverend",
    "father",
    "bishop",
    "cardinal",
    "patriarch",
    "archbishop",
    "rabbi",
    "imam",
    "ayatollah",
    "marshal",
    "commander",
    "leader",
    "undersecretary",
    "constable",
    "superintendent",
    "agent",
    "attorney",
    "prosecutor",
    "coach",
    "manager",
    "analyst",
    "correspondent",
    "reporter",
    "editor",
    "publicist",
    "lawyer",
    "barrister",
    "solicitor",
    "dean",
    "principal",
    "sheriff",
    "trooper",
    "deputy",
    "vice",
    "president-elect",
    "chieftain",
    "warlord",
    "cleric",
    // Players by their place in a side ("Opener Mohammad Qureshi").
    "opener",
    "batsman",
    "batter",
    "bowler",
    "spinner",
    "wicketkeeper",
    "skipper",
    "champion",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "pitcher",
    "quarterback",
]);

/// Slugs by which wire services file a story, before a hyphen at the
/// start of a headline ("Cricket-Qureshi's twin hundreds", "Soccer-…").
pub static SLUGS: WordSet = WordSet::new(&[
    "cricket",
    "soccer",
    "football",
    "tennis",
    "golf",
    "athletics",
    "rugby",
    "cycling",
    "basketball",
    "baseball",
    "boxing",
    "swimming",
    "sailing",
    "skiing",
    "hockey",
    "olympics",
    "motorsport",
    "update",
    "exclusive",
    "analysis",
    "factbox",
    "insight",
    "explainer",
    "column",
    "corrected",
    "refile",
    "wrapup",
]);

/// Words that qualify a title when they stand beside one (`Prime Minister`,
/// `Under-Secretary-General`, `Foreign Minister`).
pub static TITLE_MODIFIERS: WordSet = WordSet::new(&[
    "prime",
    "vice",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "supreme",
    "crown",
    "under",
    "executive",
    "general",
    "acting",
    "former",
    "first",
    "state",
    "home",
    "health",
    "trade",
    "economy",
    "justice",
    "senior",
    "junior",
    "assistant",
    "associate",
    "managing",
    "chief",
    "military",
    "army",
    "police",
    "fire",
    "district",
    "national",
    "grand",
]);

/// Portfolios that qualify a title they open ("Energy Minister",
/// "Transport Secretary"), but end the name of a body before one ("Octopus
/// Energy Chief Executive"); not "labour", a party as often ("Labour
/// leader Keir Starmer").
pub static PORTFOLIOS: WordSet = WordSet::new(&[
    "energy",
    "education",
    "environment",
    "agriculture",
    "transport",
    "transportation",
    "culture",
    "tourism",
    "industry",
    "immigration",
    "housing",
    "commerce",
    "communications",
    "infrastructure",
    "science",
    "sports",
    "fisheries",
]);

/// Whether a folded word may be a title's portfolio told after its "of"
/// or "for" (see [`DEPARTMENT_WORDS`]).
pub fn of_a_portfolio(word: &str) -> bool {
    PORTFOLIOS.contains(word) || TITLE_MODIFIERS.contains(word) || DEPARTMENT_WORDS.contains(word)
}

/// Words of a portfolio told after its title's "of" or "for", besides
/// [`PORTFOLIOS`] and [`TITLE_MODIFIERS`]: "Secretary of Homeland
/// Security", "Minister of Minerals and Energy", "Minister for Foreign
/// Affairs".
pub static DEPARTMENT_WORDS: WordSet = WordSet::new(&[
    "affairs",
    "labour",
    "labor",
    "treasury",
    "security",
    "homeland",
    "veterans",
    "minerals",
    "mines",
    "mining",
    "petroleum",
    "resources",
    "natural",
    "works",
    "public",
    "development",
    "planning",
    "welfare",
    "social",
    "information",
    "water",
    "women",
    "youth",
    "family",
    "children",
    "internal",
    "external",
    "local",
    "government",
    "war",
    "economic",
    "digital",
    "technology",
    "innovation",
    "research",
    "higher",
    "employment",
    "enterprise",
    "investment",
    "heritage",
    "arts",
    "media",
    "land",
    "lands",
    "forests",
    "forestry",
    "environmental",
    "climate",
    "food",
    "rural",
    "urban",
    "regional",
    "religious",
    "relations",
    "cooperation",
    "intelligence",
    "staff",
    "care",
    "human",
    "services",
    "sport",
    "aviation",
    "maritime",
    "railways",
    "roads",
    "highways",
    "and",
]);

/// Demonyms and the country or region they point to.
pub static DEMONYMS: WordMap<&str> = WordMap::new(&[
    ("afghan", "afghanistan"),
    ("albanian", "albania"),
    ("algerian", "algeria"),
    ("american", "united states"),
    ("angolan", "angola"),
    ("argentine", "argentina"),
    ("argentinian", "argentina"),
    ("armenian", "armenia"),
    ("australian", "australia"),
    ("austrian", "austria"),
    ("azerbaijani", "azerbaijan"),
    ("bahraini", "bahrain"),
    ("bangladeshi", "bangladesh"),
    ("belarusian", "belarus"),
    ("belgian", "belgium"),
    ("bolivian", "bolivia"),
    ("bosnian", "bosnia"),
    ("brazilian", "brazil"),
    ("british", "united kingdom"),
    ("bulgarian", "bulgaria"),
    ("burmese", "myanmar"),
    ("cambodian", "cambodia"),
    ("cameroonian", "cameroon"),
    ("canadian", "canada"),
    ("chadian", "chad"),
    ("chilean", "chile"),
    ("chinese", "china"),
    ("colombian", "colombia"),
    ("congolese", "congo"),
    ("croatian", "croatia"),
    ("cuban", "cuba"),
    ("cypriot", "cyprus"),
    ("czech", "czech republic"),
    ("danish", "denmark"),
    ("dutch", "netherlands"),
    ("ecuadorian", "ecuador"),
    ("egyptian", "egypt"),
    ("emirati", "united arab emirates"),
    ("english", "england"),
    ("eritrean", "eritrea"),
    ("estonian", "estonia"),
    ("ethiopian", "ethiopia"),
    ("european", "europe"),
    ("filipino", "philippines"),
    ("finnish", "finland"),
    ("french", "france"),
    ("georgian", "georgia"),
    ("german", "germany"),
    ("ghanaian", "ghana"),
    ("greek", "greece"),
    ("guatemalan", "guatemala"),
    ("haitian", "haiti"),
    ("honduran", "honduras"),
    ("hungarian", "hungary"),
    ("icelandic", "iceland"),
    ("indian", "india"),
    ("indonesian", "indonesia"),
    ("iranian", "iran"),
    ("iraqi", "iraq"),
    ("irish", "ireland"),
    ("israeli", "israel"),
    ("italian", "italy"),
    ("ivorian", "ivory coast"),
    ("jamaican", "jamaica"),
    ("japanese", "japan"),
    ("jordanian", "jordan"),
    ("kazakh", "kazakhstan"),
    ("kenyan", "kenya"),
    ("korean", "korea"),
    ("kosovar", "kosovo"),
    ("kurdish", "kurdistan"),
    ("kuwaiti", "kuwait"),
    ("kyrgyz", "kyrgyzstan"),
    ("lao", "laos"),
    ("latvian", "latvia"),
    ("lebanese", "lebanon"),
    ("liberian", "liberia"),
    ("libyan", "libya"),
    ("lithuanian", "lithuania"),
    ("macedonian", "macedonia"),
    ("malaysian", "malaysia"),
    ("malian", "mali"),
    ("maltese", "malta"),
    ("mexican", "mexico"),
    ("moldovan", "moldova"),
    ("mongolian", "mongolia"),
    ("montenegrin", "montenegro"),
    ("moroccan", "morocco"),
    ("mozambican", "mozambique"),
    ("namibian", "namibia"),
    ("nepali", "nepal"),
    ("nepalese", "nepal"),
    ("nicaraguan", "nicaragua"),
    ("nigerian", "nigeria"),
    ("nigerien", "niger"),
    ("norwegian", "norway"),
    ("omani", "oman"),
    ("pakistani", "pakistan"),
    ("palestinian", "palestine"),
    ("panamanian", "panama"),
    ("paraguayan", "paraguay"),
    ("persian", "iran"),
    ("peruvian", "peru"),
    ("polish", "poland"),
    ("portuguese", "portugal"),
    ("qatari", "qatar"),
    ("romanian", "romania"),
    ("russian", "russia"),
    ("rwandan", "rwanda"),
    ("saudi", "saudi arabia"),
    ("scottish", "scotland"),
    ("senegalese", "senegal"),
    ("serbian", "serbia"),
    ("singaporean", "singapore"),
    ("slovak", "slovakia"),
    ("slovakian", "slovakia"),
    ("slovenian", "slovenia"),
    ("somali", "somalia"),
    ("spanish", "spain"),
    ("sri lankan", "sri lanka"),
    ("sudanese", "sudan"),
    ("swedish", "sweden"),
    ("swiss", "switzerland"),
    ("syrian", "syria"),
    ("taiwanese", "taiwan"),
    ("tajik", "tajikistan"),
    ("tanzanian", "tanzania"),
    ("thai", "thailand"),
    ("tunisian", "tunisia"),
    ("turkish", "turkey"),
    ("turkmen", "turkmenistan"),
    ("ugandan", "uganda"),
    ("ukrainian", "ukraine"),
    ("uruguayan", "uruguay"),
    ("uzbek", "uzbekistan"),
    ("venezuelan", "venezuela"),
    ("vietnamese", "vietnam"),
    ("welsh", "wales"),
    ("englishman", "england"),
    ("englishwoman", "england"),
    ("frenchman", "france"),
    ("frenchwoman", "france"),
    ("scotsman", "scotland"),
    ("scotswoman", "scotland"),
    ("welshman", "wales"),
    ("irishman", "ireland"),
    ("irishwoman", "ireland"),
    ("dutchman", "netherlands"),
    ("kiwi", "new zealand"),
    ("yemeni", "yemen"),
    ("zambian", "zambia"),
    ("zimbabwean", "zimbabwe"),
    ("western", "west"),
    ("eastern", "east"),
    ("arab", "arab world"),
    ("asian", "asia"),
    ("african", "africa"),
    ("latin", "latin america"),
    ("soviet", "soviet union"),
    ("north korean", "north korea"),
    ("south korean", "south korea"),
    ("south african", "south africa"),
    ("new zealander", "new zealand"),
    ("south sudanese", "south sudan"),
    // Regions and states, whose adjective is spelled near the name
    // ("Antarctic ice" / "in Antarctica" is no misspelling).
    ("antarctic", "antarctica"),
    ("siberian", "siberia"),
    ("crimean", "crimea"),
    ("saharan", "sahara"),
    ("himalayan", "himalayas"),
    ("balkan", "balkans"),
    ("scandinavian", "scandinavia"),
    ("patagonian", "patagonia"),
    ("amazonian", "amazon"),
    ("andean", "andes"),
    ("catalan", "catalonia"),
    ("andalusian", "andalusia"),
    ("bavarian", "bavaria"),
    ("sicilian", "sicily"),
    ("sardinian", "sardinia"),
    ("corsican", "corsica"),
    ("tuscan", "tuscany"),
    ("tibetan", "tibet"),
    ("kashmiri", "kashmir"),
    ("punjabi", "punjab"),
    ("hawaiian", "hawaii"),
    ("alaskan", "alaska"),
    ("texan", "texas"),
    ("californian", "california"),
    ("pacific", "pacific"),
    ("atlantic", "atlantic"),
]);

/// Countries and other well-known places; names in this list never merge with
/// one another by spelling closeness (Iran and Iraq stay apart).
pub static PLACES: WordSet = WordSet::new(&[
    "afghanistan",
    "albania",
    "algeria",
    "angola",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bahrain",
    "bangladesh",
    "belarus",
    "belgium",
    "bolivia",
    "bosnia",
    "brazil",
    "britain",
    "bulgaria",
    "burma",
    "cambodia",
    "cameroon",
    "canada",
    "chad",
    "chile",
    "china",
    "colombia",
    "congo",
    "croatia",
    "cuba",
    "cyprus",
    "denmark",
    "ecuador",
    "egypt",
    "england",
    "eritrea",
    "estonia",
    "ethiopia",
    "europe",
    "finland",
    "france",
    "georgia",
    "germany",
    "ghana",
    "greece",
    "guatemala",
    "haiti",
    "honduras",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "jamaica",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "korea",
    "kosovo",
    "kuwait",
    "kyrgyzstan",
    "laos",
    "latvia",
    "lebanon",
    "liberia",
    "libya",
    "lithuania",
    "macedonia",
    "malaysia",
    "mali",
    "malta",
    "mexico",
    "moldova",
    "mongolia",
    "montenegro",
    "morocco",
    "mozambique",
    "myanmar",
    "namibia",
    "nepal",
    "netherlands",
    "nicaragua",
    "niger",
    "nigeria",
    "norway",
    "oman",
    "pakistan",
    "palestine",
    "panama",
    "paraguay",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "scotland",
    "senegal",
    "serbia",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "spain",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tajikistan",
    "tanzania",
    "thailand",
    "tunisia",
    "turkey",
    "turkmenistan",
    "uganda",
    "ukraine",
    "uruguay",
    "uzbekistan",
    "venezuela",
    "vietnam",
    "wales",
    "yemen",
    "zambia",
    "zimbabwe",
    "north korea",
    "south korea",
    "south africa",
    "new zealand",
    "saudi arabia",
    "united states",
    "united kingdom",
    "united arab emirates",
    "czech republic",
    "sri lanka",
    "south sudan",
    "ivory coast",
    "gaza",
    "africa",
    "asia",
    "america",
    "austria",
    "beijing",
    "moscow",
    "london",
    "paris",
    "berlin",
    "washington",
    "tokyo",
    "tehran",
    "baghdad",
    "kabul",
    "kyiv",
    "kiev",
    "pyongyang",
    "seoul",
    "delhi",
    "new delhi",
    "mumbai",
    "islamabad",
    "karachi",
    "cairo",
    "rome",
    "madrid",
    "athens",
    "brussels",
    "geneva",
    "vienna",
    "warsaw",
    "prague",
    "budapest",
    "ankara",
    "istanbul",
    "jerusalem",
    "damascus",
    "beirut",
    "riyadh",
    "dubai",
    "doha",
    "manila",
    "jakarta",
    "bangkok",
    "hanoi",
    "canberra",
    "sydney",
    "melbourne",
    "ottawa",
    "toronto",
    "california",
    "texas",
    "florida",
    "new york",
    "los angeles",
    "chicago",
    "boston",
    "hollywood",
]);

/// Stems of nouns that stand for a company or body named elsewhere, as
/// speakers: "the company said", "the Stuttgart group announced".
pub static BODY_NOUNS: WordSet = WordSet::new(&[
    "compani", "firm", "group", "maker", "carmak", "chipmak", "bank", "insur", "retail", "airlin",
    "carrier", "oper", "busi", "corpor", "borough",
]);

/// Words of the sorts of year a body keeps: "the last financial year" is
/// an earlier year, as "last year" is.
pub const SORTS_OF_YEAR: &[&str] = &["financial", "fiscal", "calendar", "tax", "academic"];

/// Stems of a record to beat, a figure's best: "beat the record of NZ$1.9
/// million" and "overtook the NZ$1.6m mark" tell of one record.
pub static BESTS: WordSet = WordSet::new(&["record", "mark", "best"]);

/// Stems of records a claim may be told according to, whose keeper it
/// leaves unsaid: "according to tracking data", "official figures show".
pub static RECORDS: WordSet = WordSet::new(&["data", "figur", "statist", "record", "estim"]);

/// Stems of unnamed groups of people who may speak for a body: "scientists
/// said" may be a named agency's scientists.
pub static SPOKESPEOPLE: WordSet = WordSet::new(&["scientist", "research", "expert"]);

/// Stems of unnamed officials, who may count among them a named holder of
/// a public office: "county officials", "the authorities", "the
/// government", "the administration".
pub static OFFICIALS: WordSet =
    WordSet::new(&["offici", "author", "authoriti", "govern", "administr"]);

/// Stems of the levels of government unnamed officials are of: "county
/// officials", "senior federal officials", "city authorities".
pub static LEVELS_OF_GOVERNMENT: WordSet = WordSet::new(&[
    "counti", "state", "citi", "feder", "local", "provinci", "region", "municip", "senior",
    "nation", "district",
]);

/// Titles of public offices, whose holders unnamed officials may count
/// among them (see [`OFFICIALS`]).
pub static PUBLIC_OFFICES: WordSet = WordSet::new(&[
    "president",
    "premier",
    "minister",
    "chancellor",
    "governor",
    "mayor",
    "prefect",
    "senator",
    "secretary",
    "commissioner",
    "administrator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
]);

/// Performers a work's title describes: "the Mean Girls actress" (not a
/// director: "the FBI director" names a body).
pub static PERFORMERS: WordSet = WordSet::new(&[
    "actress",
    "actor",
    "starlet",
    "singer",
    "songstress",
    "rapper",
]);

/// Nouns of a person's role or sort that a sentence may open with before
/// the person's name, capitalized only for opening it: "Curator Layla
/// Haddad said", "Female Jing Xi, 4, …", "Teammate Norris was third".
/// Singular only: "Doctors Without Borders" is a name. No titles ("Coach",
/// "Striker"): [`TITLES`] are part of a name's run already.
pub static DESCRIBING_NOUNS: WordSet = WordSet::new(&[
    "accountant",
    "activist",
    "archaeologist",
    "architect",
    "artist",
    "astronaut",
    "astronomer",
    "author",
    "ballerina",
    "banker",
    "baritone",
    "bartender",
    "biologist",
    "blogger",
    "boatman",
    "botanist",
    "boxer",
    "broadcaster",
    "broker",
    "businessman",
    "businesswoman",
    "bystander",
    "candidate",
    "captive",
    "carpenter",
    "cashier",
    "cellist",
    "challenger",
    "chef",
    "chemist",
    "claimant",
    "cleaner",
    "clerk",
    "climber",
    "columnist",
    "comedian",
    "commentator",
    "composer",
    "conductor",
    "councillor",
    "councilor",
    "critic",
    "curator",
    "cyclist",
    "dancer",
    "defendant",
    "dentist",
    "designer",
    "diplomat",
    "diver",
    "driver",
    "drummer",
    "ecologist",
    "economist",
    "electrician",
    "engineer",
    "entrepreneur",
    "envoy",
    "epidemiologist",
    "explorer",
    "eyewitness",
    "farmer",
    "female",
    "ferryman",
    "filmmaker",
    "firefighter",
    "fisherman",
    "forecaster",
    "geologist",
    "glaciologist",
    "golfer",
    "grandfather",
    "grandmother",
    "guitarist",
    "headmaster",
    "headteacher",
    "herder",
    "historian",
    "hostage",
    "incumbent",
    "inmate",
    "investor",
    "janitor",
    "jockey",
    "journalist",
    "juror",
    "keeper",
    "lecturer",
    "lifeguard",
    "male",
    "mechanic",
    "meteorologist",
    "midwife",
    "miner",
    "monk",
    "mountaineer",
    "musician",
    "neighbor",
    "neighbour",
    "novelist",
    "nun",
    "nurse",
    "oceanographer",
    "organiser",
    "organizer",
    "ornithologist",
    "owner",
    "painter",
    "paramedic",
    "passenger",
    "pastor",
    "pharmacist",
    "photographer",
    "physicist",
    "pianist",
    "pilot",
    "plaintiff",
    "plumber",
    "poet",
    "presenter",
    "prisoner",
    "producer",
    "publisher",
    "rancher",
    "ranger",
    "referee",
    "researcher",
    "resident",
    "runner",
    "sailor",
    "scientist",
    "sculptor",
    "seismologist",
    "shepherd",
    "shopkeeper",
    "skier",
    "soprano",
    "sprinter",
    "student",
    "surgeon",
    "survivor",
    "swimmer",
    "teacher",
    "teammate",
    "teenager",
    "tenor",
    "trainer",
    "trucker",
    "umpire",
    "veteran",
    "veterinarian",
    "victim",
    "villager",
    "violinist",
    "virologist",
    "vocalist",
    "volcanologist",
    "waiter",
    "waitress",
    "widow",
    "widower",
    "witness",
    "wrestler",
    "writer",
    "zookeeper",
    "zoologist",
]);

/// Given names that are common words too, which a sentence may open with
/// as a name ("Mark Thompson said", with "to mark the day" elsewhere).
pub static COMMON_GIVEN_NAMES: WordSet = WordSet::new(&[
    "mark", "rose", "grant", "hope", "bill", "frank", "will", "faith", "joy", "guy", "jack",
    "dawn", "summer", "pat", "chase", "wade", "bob", "rich", "ray", "don", "art", "earl", "gene",
    "hunter", "lance", "miles", "penny", "ruby", "sandy", "sterling", "heather", "holly", "ivy",
    "daisy", "lily", "iris", "amber", "crystal", "grace", "mercy", "prudence", "patience", "honor",
    "victor", "rob", "sue", "drew", "bud", "buck", "cliff", "glen", "reed", "rex", "basil", "herb",
    "destiny", "autumn", "river", "stone", "young",
]);

/// Legal forms that close a company's name ("Inc", "Ltd") and are left out
/// of its initials.
pub static LEGAL_FORMS: WordSet = WordSet::new(&[
    "inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "lp",
]);

/// Last words that make a name an organisation.
pub static ORGANIZATION_WORDS: WordSet = WordSet::new(&[
    "agency",
    "ministry",
    "court",
    "council",
    "nations",
    "union",
    "center",
    "centre",
    "university",
    "college",
    "school",
    "company",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "llc",
    "group",
    "bank",
    "party",
    "news",
    "police",
    "department",
    "division",
    "army",
    "navy",
    "force",
    "forces",
    "association",
    "committee",
    "organization",
    "organisation",
    "institute",
    "times",
    "post",
    "journal",
    "magazine",
    "network",
    "foundation",
    "fund",
    "commission",
    "assembly",
    "parliament",
    "congress",
    "senate",
    "office",
    "service",
    "services",
    "bureau",
    "board",
    "club",
    "team",
    "hospital",
    "clinic",
    "airlines",
    "airways",
    "press",
    "tribune",
    "herald",
    "guardian",
    "telegraph",
    "reuters",
    "television",
    "radio",
    "tv",
    "federation",
    "alliance",
    "coalition",
    "front",
    "movement",
    "brigade",
    "guard",
    "systems",
    "technologies",
    "industries",
    "holdings",
    "motors",
    "electric",
    "dynamics",
    "partners",
    "capital",
    "media",
    "entertainment",
    "studios",
    "records",
    "channel",
    "daily",
    "weekly",
    "gazette",
    "express",
    "mail",
    "review",
]);

/// Last words that make a name a place or facility.
pub static PLACE_WORDS: WordSet = WordSet::new(&[
    "square",
    "street",
    "road",
    "avenue",
    "island",
    "islands",
    "mount",
    "mountain",
    "mountains",
    "river",
    "lake",
    "city",
    "province",
    "county",
    "state",
    "ocean",
    "sea",
    "gulf",
    "bay",
    "beach",
    "valley",
    "park",
    "region",
    "district",
    "coast",
    "peninsula",
    "strait",
    "canal",
    "desert",
    "hills",
    "airport",
    "port",
    "harbour",
    "harbor",
    "bridge",
    "palace",
    "hall",
    "stadium",
    "tower",
    "building",
    "village",
    "town",
    "highway",
    "boulevard",
    "plaza",
    "glacier",
    "peak",
    "range",
    "falls",
    "canyon",
    "forest",
]);

/// Month names and abbreviations with their number.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations, Monday = 1.
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 1),
    ("mon", 1),
    ("tuesday", 2),
    ("tue", 2),
    ("tues", 2),
    ("wednesday", 3),
    ("wed", 3),
    ("thursday", 4),
    ("thu", 4),
    ("thurs", 4),
    ("friday", 5),
    ("fri", 5),
    ("saturday", 6),
    ("sat", 6),
    ("sunday", 7),
    ("sun", 7),
];

/// Cardinal number words below a hundred.
pub const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Ordinal number words.
pub const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
];

/// Whether a folded word is a small number's ("one", "forty").
pub fn is_small_number(word: &str) -> bool {
    small_number(word).is_some()
}

/// The value of a small number's folded word ("forty" -> 40).
pub fn small_number(word: &str) -> Option<u32> {
    SMALL_NUMBERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, n)| n)
}

/// Whether a folded word is a number's ("forty", "third", "million").
pub fn is_number_word(word: &str) -> bool {
    is_small_number(word)
        || ORDINAL_WORDS.iter().any(|(w, _)| *w == word)
        || SCALES.iter().any(|(w, _)| *w == word)
}

/// Scale words and their factor.
pub const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("bn", 1e9),
    ("mn", 1e6),
    ("m", 1e6),
    ("k", 1e3),
    ("b", 1e9),
    ("tn", 1e12),
];

/// Currency words and symbols, folded to a code.
pub const CURRENCIES: &[(&str, &str)] = &[
    ("$", "usd"),
    ("dollar", "usd"),
    ("dollars", "usd"),
    ("usd", "usd"),
    ("€", "eur"),
    ("euro", "eur"),
    ("euros", "eur"),
    ("eur", "eur"),
    ("£", "gbp"),
    ("pound", "gbp"),
    ("pounds", "gbp"),
    ("gbp", "gbp"),
    ("¥", "jpy"),
    ("yen", "jpy"),
    ("yuan", "cny"),
    ("rupee", "inr"),
    ("rupees", "inr"),
    ("ruble", "rub"),
    ("rubles", "rub"),
    ("roubles", "rub"),
    ("hryvnia", "uah"),
    ("hryvnias", "uah"),
    ("lira", "try"),
    ("liras", "try"),
    ("naira", "ngn"),
    ("baht", "thb"),
    ("ringgit", "myr"),
    ("rupiah", "idr"),
    ("zloty", "pln"),
    ("zlotys", "pln"),
    ("forint", "huf"),
    ("forints", "huf"),
    ("kronor", "sek"),
    ("taka", "bdt"),
    ("rand", "zar"),
    ("soles", "pen"),
    // Names of several countries' currencies: one code for the name.
    ("peso", "peso"),
    ("pesos", "peso"),
    ("dinar", "dinar"),
    ("dinars", "dinar"),
    ("riyal", "riyal"),
    ("riyals", "riyal"),
    ("dirham", "dirham"),
    ("dirhams", "dirham"),
    ("franc", "franc"),
    ("francs", "franc"),
    ("shilling", "shilling"),
    ("shillings", "shilling"),
    ("krone", "krone"),
    ("kroner", "krone"),
    ("cedi", "ghs"),
    ("cedis", "ghs"),
    ("shekel", "ils"),
    ("shekels", "ils"),
    ("kwacha", "kwacha"),
    ("₹", "inr"),
    ("₦", "ngn"),
    ("₱", "peso"),
    ("₽", "rub"),
    ("₴", "uah"),
    ("₺", "try"),
    ("₪", "ils"),
    ("₩", "krw"),
    ("₨", "inr"),
];

/// Letters written before a figure for its currency, as written, with its
/// code ("R54 million", "Sh59 million", "Rs 4 lakh", "SR 50,000", "CHF
/// 3,600"). Glued to the figure, they are cut off it as a token of their
/// own (see `normalize::tokens`); a single letter counts only so.
pub const CURRENCY_LETTERS: &[(&str, &str)] = &[
    ("R", "zar"),
    ("ZAR", "zar"),
    ("Rs", "inr"),
    ("INR", "inr"),
    ("Sh", "shilling"),
    ("KSh", "shilling"),
    ("Ksh", "shilling"),
    ("KES", "shilling"),
    ("SR", "riyal"),
    ("SAR", "riyal"),
    ("QR", "riyal"),
    ("QAR", "riyal"),
    ("Dh", "dirham"),
    ("Dhs", "dirham"),
    ("AED", "dirham"),
    ("RM", "myr"),
    ("MYR", "myr"),
    ("Rp", "idr"),
    ("IDR", "idr"),
    ("Tk", "bdt"),
    ("CHF", "franc"),
    ("NGN", "ngn"),
    ("USD", "usd"),
    ("EUR", "eur"),
    ("GBP", "gbp"),
    ("JPY", "jpy"),
    ("CNY", "cny"),
    ("RMB", "cny"),
    ("PKR", "inr"),
    ("GHS", "ghs"),
    ("UGX", "shilling"),
    ("TZS", "shilling"),
    ("TSh", "shilling"),
    ("USh", "shilling"),
    ("Shs", "shilling"),
    ("N", "ngn"),
    ("K", "kwacha"),
];

/// Of [`CURRENCY_LETTERS`], those that are often something else before a
/// number (a road, a route, a model): money only before a figure with a
/// scale or thousands (see [`figure_of_money`]).
pub const CURRENCY_LETTERS_OF_OTHER_USES: &[&str] = &["R", "N", "K", "SR", "QR", "RM"];

/// Whether a figure as written after a currency's letters, and the word
/// after it, look like money: a scale glued ("5m", "2.3bn") or after it
/// ("54 million"), or thousands ("1,200"); not "54 road" nor "520".
pub fn figure_of_money(figure: &str, next_word: &str) -> bool {
    let scale = |w: &str| SCALES.iter().any(|(s, _)| s.eq_ignore_ascii_case(w));
    let suffix = figure.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let digits = &figure[..figure.len() - suffix.len()];
    digits.trim_end_matches(['.', ',']).contains(',') || scale(suffix) || scale(next_word)
}

/// Words before a full stop that do not end a sentence.
pub static ABBREVIATIONS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "prof",
    "jr", "sr", "mt", "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "hon", "adm", "cmdr",
    "maj", "pvt", "fig", "approx", "est", "dept", "univ", "ave", "blvd", "rd", "calif", "fla",
    "ala", "ariz", "ark", "colo", "conn", "del", "ga", "ill", "ind", "kan", "ky", "md", "mass",
    "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
    "vt", "wash", "wis", "wyo", "op", "cf", "al", "govt", "rs", "hwy", "rte", "ont", "que", "alta",
    "sask",
]);

/// Words before a title that make it another office than the title's
/// word alone: "Vice President", "Prime Minister", "Lieutenant Governor",
/// "former Mayor".
pub static OTHER_OFFICES: WordSet = WordSet::new(&[
    "vice",
    "deputy",
    "lieutenant",
    "prime",
    "former",
    "assistant",
    "ex",
    "junior",
    "shadow",
]);

/// Abbreviated titles before a person's name ("Dr. Arvind Kulkarni",
/// "Sen. Maria Lopez"): their full stop ends no name.
pub static TITLE_ABBREVIATIONS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "rev",
    "hon", "adm", "cmdr", "maj", "pvt", "insp", "supt",
]);

/// Whether folded words name a title a speaker may be given by alone: one
/// title ("mayor", "governor"), or a title after a word that qualifies it
/// ("prime minister", "foreign minister", "police chief", "chief
/// executive", "deputy mayor", "treasury secretary", "press secretary").
pub fn is_title_phrase(phrase: &str) -> bool {
    match phrase.split(' ').collect::<Vec<_>>()[..] {
        [title] => TITLES.contains(title),
        [qualifier, title] => {
            is_title_head(title)
                && (of_a_portfolio(qualifier)
                    || OTHER_OFFICES.contains(qualifier)
                    || TITLES.contains(qualifier)
                    || qualifier == "press")
        }
        _ => false,
    }
}

/// Whether a folded word may end a title: a title, or "executive" ("Chief
/// Executive Tim Cook").
pub fn is_title_head(word: &str) -> bool {
    TITLES.contains(word) || word == "executive"
}

/// How the words that give a name its title, folded, the title last
/// ("deputy mayor", "the prime minister"), hold the title a speaker is
/// given by alone (see [`is_title_phrase`]), titles alike as `alike` says:
/// plainly (`Some(true)`: "Mayor" for "mayor", "Prime Minister" for "prime
/// minister"), as another office of it (`Some(false)`: "deputy mayor" for
/// "mayor", "Foreign Minister" for "prime minister"), or not (`None`).
pub fn holds_title(
    given: &[&str],
    title: &str,
    alike: impl Fn(&str, &str) -> bool,
) -> Option<bool> {
    let (head, before) = given.split_last()?;
    let (title_head, qualifier) = title_parts(title);
    // "deputy mayor", "former mayor", and a title of a year ("the 2019
    // champion") held then.
    let a_year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let of_another_office =
        |words: &[&str]| (words.iter()).any(|w| OTHER_OFFICES.contains(full_title(w)) || a_year(w));
    alike(head, title_head).then(|| match (qualifier, before.split_last()) {
        (Some(qualifier), Some((last, rest))) => *last == qualifier && !of_another_office(rest),
        (Some(_), None) => false,
        (None, _) => !of_another_office(before),
    })
}

/// A title given alone split into its head and the word that qualifies
/// it, if any: ("minister", Some("prime")) of "prime minister".
pub fn title_parts(title: &str) -> (&str, Option<&str>) {
    match title.rsplit_once(' ') {
        Some((qualifier, head)) => (head, Some(qualifier)),
        None => (title, None),
    }
}

/// The title an abbreviation before a name stands for ("gov" of "Gov.
/// Gavin Newsom" is "governor", "lt" of "Lt. Gov." is "lieutenant"); any
/// other word is itself.
pub fn full_title(word: &str) -> &str {
    match word {
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "representative",
        "gen" => "general",
        "lt" => "lieutenant",
        "col" => "colonel",
        "capt" => "captain",
        "sgt" => "sergeant",
        "adm" => "admiral",
        "maj" => "major",
        "supt" => "superintendent",
        "insp" => "inspector",
        "prof" => "professor",
        "rev" => "reverend",
        "pres" => "president",
        other => other,
    }
}

/// Letters before "$" that name another country's dollar ("NT$24.05", "A$
/// 3 million"), with its currency code; "US$" is the US dollar.
pub const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "usd"),
    ("a", "aud"),
    ("au", "aud"),
    ("c", "cad"),
    ("ca", "cad"),
    ("hk", "hkd"),
    ("s", "sgd"),
    ("nz", "nzd"),
    ("nt", "twd"),
    ("r", "brl"),
];

/// Words of a country before "dollar" or "dollars" after a figure that
/// name its dollar ("12 million Canadian dollars", "9 million New Zealand
/// dollars"), with its code.
pub const DOLLAR_NATIONS: &[(&[&str], &str)] = &[
    (&["us"], "usd"),
    (&["american"], "usd"),
    (&["australian"], "aud"),
    (&["canadian"], "cad"),
    (&["new", "zealand"], "nzd"),
    (&["hong", "kong"], "hkd"),
    (&["singapore"], "sgd"),
    (&["taiwan"], "twd"),
    (&["taiwanese"], "twd"),
    (&["jamaican"], "jmd"),
    (&["namibian"], "nad"),
    (&["liberian"], "lrd"),
    (&["zimbabwean"], "zwl"),
];

/// Words after which a figure is stated vaguely, with how it bends the
/// value; longest phrases first, so "no more than" is read before "more
/// than".
pub const HEDGES: &[(&[&str], Hedge)] = &[
    (&["in", "excess", "of"], Hedge::AtLeast),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["a", "maximum", "of"], Hedge::AtMost),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["not", "fewer", "than"], Hedge::AtLeast),
    (&["not", "more", "than"], Hedge::AtMost),
    (&["as", "many", "as"], Hedge::AtMost),
    (&["as", "much", "as"], Hedge::AtMost),
    (&["as", "long", "as"], Hedge::AtMost),
    (&["as", "high", "as"], Hedge::AtMost),
    (&["as", "tall", "as"], Hedge::AtMost),
    (&["as", "deep", "as"], Hedge::AtMost),
    (&["as", "wide", "as"], Hedge::AtMost),
    (&["as", "large", "as"], Hedge::AtMost),
    (&["as", "heavy", "as"], Hedge::AtMost),
    (&["no", "more", "than"], Hedge::AtMost),
    (&["more", "than"], Hedge::AtLeast),
    (&["at", "least"], Hedge::AtLeast),
    (&["upwards", "of"], Hedge::AtLeast),
    (&["just", "over"], Hedge::AtLeast),
    (&["up", "to"], Hedge::AtMost),
    (&["limited", "to"], Hedge::AtMost),
    (&["capped", "at"], Hedge::AtMost),
    (&["less", "than"], Hedge::AtMost),
    (&["fewer", "than"], Hedge::AtMost),
    (&["just", "under"], Hedge::Nearly),
    (&["close", "to"], Hedge::About),
    (&["an", "estimated"], Hedge::About),
    (&["over"], Hedge::AtLeast),
    (&["above"], Hedge::AtLeast),
    (&["under"], Hedge::AtMost),
    (&["below"], Hedge::AtMost),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["around"], Hedge::About),
    (&["about"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["approx"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["some"], Hedge::About),
    (&["estimated"], Hedge::About),
];

/// Prepositions that put a noun after them in a place or relation ("at the
/// scene", "loyal to the general"): what follows is no speaker.
pub static PREPOSITIONS: WordSet = WordSet::new(&[
    "at", "in", "on", "from", "near", "to", "by", "of", "with", "for",
]);

/// Words before a clock time that make it a bound or a start rather than
/// the event's own time: "by 10.30 a.m.", "until 6 p.m.", "since 9 a.m.".
pub const DATE_RELATIONS: &[&str] = &[
    "since",
    "by",
    "until",
    "till",
    "before",
    "after",
    "from",
    "to",
    "through",
    "between",
    "within",
    "following",
    "than",
    "past",
];

/// Words of heat and cold: a sentence holding one speaks of temperatures,
/// so that a glued F is Fahrenheit there ("reached about 86F").
pub static OF_HEAT: WordSet = WordSet::new(&[
    "temperature",
    "temperatures",
    "heat",
    "heatwave",
    "thermometer",
    "mercury",
    "degrees",
    "hot",
    "hottest",
    "warm",
    "warmer",
    "cold",
    "colder",
    "coldest",
    "freezing",
]);

/// Words for spans of time, stop words that still say what a figure
/// counts ("ten days", "three years").
pub const SPANS_OF_TIME: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
    "minutes",
];

/// Words of blame or its penalty: after a count of people, what befell
/// others after them did not befall these ("Two men are accused of
/// poisoning guests"); before "over" an amount, "over" is "for" (see
/// [`PENALTIES`]).
pub static BLAMING: WordSet = WordSet::new(&[
    "accused",
    "charged",
    "suspected",
    "convicted",
    "indicted",
    "blamed",
    "sentenced",
    "jailed",
]);

/// Words before a count of who was aboard ("a bus carrying 40
/// passengers"): no outcome near it befell them all.
pub static CARRYING: WordSet = WordSet::new(&["carrying", "carried", "carries", "carry"]);

/// Words of when, not of what, right after a figure: "voted 5-2 late
/// Tuesday", "won 3-1 early on Sunday", "a 2-1 win earlier this month".
pub static WHEN_AFTER_A_FIGURE: WordSet =
    WordSet::new(&["late", "early", "earlier", "later", "overnight"]);

/// Words that may stand between a figure and the outcome that befell it:
/// "were hurt", "have been reported missing", "were seriously injured", "a
/// dozen more were injured", "three others were hurt".
pub static BEFORE_AN_OUTCOME: WordSet = WordSet::new(&[
    "more",
    "others",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "reported",
    "seriously",
    "critically",
    "badly",
    "slightly",
    "severely",
    "fatally",
    "still",
    // "fell ill", "became sick", "got sick", "taken ill"
    "fell",
    "fall",
    "became",
    "become",
    "got",
    "taken",
]);

/// Verbs that date the making of a thing: "built in 1976".
pub const MAKING_VERBS: &[&str] = &[
    "built",
    "constructed",
    "manufactured",
    "installed",
    "commissioned",
    "founded",
    "established",
    "erected",
];

/// Verbs of a beginning before "in" and a year, with what they begin
/// ("opened in 1991", "Launched in 2011"; see `dates::dates_a_beginning`).
/// The other verbs of making ([`MAKING_VERBS`]: "built", "commissioned")
/// date an opening.
pub const BEGINNINGS: &[(&str, Beginning)] = &[
    ("founded", Beginning::Founding),
    ("established", Beginning::Founding),
    ("launched", Beginning::Founding),
    ("created", Beginning::Founding),
    ("formed", Beginning::Founding),
    ("incorporated", Beginning::Founding),
    ("opened", Beginning::Opening),
    ("inaugurated", Beginning::Opening),
    ("began", Beginning::Start),
    ("begun", Beginning::Start),
    ("started", Beginning::Start),
    ("introduced", Beginning::Law),
    ("enacted", Beginning::Law),
];

/// Verbs of holding a post, running a thing or keeping at a work, whose
/// perfect dates its beginning by "since" ("had led the National Bank
/// since 2020", "has been running since 2001").
pub const TENURES: &[(&str, Beginning)] = &[
    ("led", Beginning::Office),
    ("leading", Beginning::Office),
    ("run", Beginning::Office),
    ("held", Beginning::Office),
    ("holding", Beginning::Office),
    ("headed", Beginning::Office),
    ("heading", Beginning::Office),
    ("served", Beginning::Office),
    ("serving", Beginning::Office),
    ("managed", Beginning::Office),
    ("managing", Beginning::Office),
    ("coached", Beginning::Office),
    ("chaired", Beginning::Office),
    ("ruled", Beginning::Office),
    ("governed", Beginning::Office),
    ("owned", Beginning::Office),
    ("running", Beginning::Opening),
    ("operating", Beginning::Opening),
    ("operated", Beginning::Opening),
    ("worked", Beginning::Office),
    ("working", Beginning::Office),
    ("lived", Beginning::Office),
    ("living", Beginning::Office),
];

/// Verbs whose "up" makes a whole of parts, not a rise: "makes up 80% of
/// samples", "took up a third of the budget".
pub const MAKING_UP: &[&str] = &[
    "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "add", "adds",
    "added", "adding",
];

/// Words that tell of the time of the telling ("now employs 500 people",
/// "currently has").
pub const OF_NOW: &[&str] = &["now", "currently", "today", "nowadays", "presently"];

/// The periods "this" makes the present one ("this fall", "this season"):
/// they tell of the time of the telling too.
pub const PERIODS_OF_NOW: &[&str] = &[
    "year", "season", "fall", "autumn", "spring", "summer", "winter", "month", "week", "term",
    "semester", "quarter",
];

/// Words that tell a thing is planned for a time ("is scheduled for June
/// 15", "was due at 14:00 UTC").
pub const PLANNED: &[&str] = &["scheduled", "slated", "planned", "due"];

/// Gatherings a day dates as it dates a deed ("made at a board meeting on
/// Saturday" / "its board met on Sunday").
pub const GATHERINGS: &[&str] = &[
    "meeting",
    "hearing",
    "summit",
    "session",
    "ceremony",
    "funeral",
    "rally",
    "vote",
    "ballot",
    "referendum",
    "conference",
    "debate",
    "inquest",
    "briefing",
];

/// Words before a span of time that tell it is a duration ("closed for up
/// to a week", "lasted less than an hour").
pub const LASTING: &[&str] = &["for", "lasted", "lasting", "lasts", "took", "take", "takes"];

/// Words of estimate before a time or a year ("at around 4.30 a.m.").
pub const ESTIMATES: &[&str] = &["around", "about", "approximately", "roughly", "circa"];

/// How a hedge word bends a stated figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    /// `about`, `around`, `roughly`: 5% either side of the figure.
    About,
    /// `nearly`, `almost`: up to 10% below the figure, never above it.
    Nearly,
    /// `more than`, `at least`, `over`: the figure or above, with no upper bound.
    AtLeast,
    /// `up to`, `fewer than`, `under`: anything from zero to the figure.
    AtMost,
}

/// Groups of head nouns that count the same kind of thing.
pub const SYNONYMS: &[&[&str]] = &[
    &["leader", "head", "dignitari", "presid", "premier"],
    &[
        "dead", "die", "kill", "death", "fatal", "live", "bodi", "victim", "toll",
    ],
    &["injur", "wound", "hurt"],
    &["launch", "liftoff", "blastoff"],
    &[
        "peopl", "person", "individu", "resid", "survivor", "crowd", "spectat", "fan", "attende",
        "onlook",
    ],
    &["troop", "soldier"],
    // Pupils are counted as children (students, who may be grown, are
    // not). "children" first, so that each word keeps its term ("child", a
    // word of kin, is not "children").
    &["children", "child", "kid", "pupil", "schoolchildren"],
    &["passeng", "travel"],
    &["lawmak", "legisl", "mp", "mps", "deputi", "parliamentarian"],
    &["worker", "personnel", "staff", "employe", "rescuer", "job"],
    &["prison", "captiv", "hostag", "detaine", "inmat", "convict"],
    &["home", "household", "hous", "dwell", "properti"],
    &["custom", "user", "subscrib", "client"],
    &["share", "stock"],
    &["bag", "suitcas", "luggag"],
    &["sale", "revenu", "turnov"],
    &["year", "yr"],
];

/// Groups of the words of a date's event that tell one deed (stems, and
/// a verb and its particle as one: "took off" is "takeoff"); each folds
/// onto its first. Only events: "left" and "landed" say other things in
/// a claim's words.
pub const DEEDS_TOLD_ALIKE: &[&[&str]] = &[
    &["depart", "leav", "takeoff"],
    &["arriv", "land", "touchdown"],
    &[RELEASE, "debut"],
];

/// The word of a work's release, [`DEEDS_TOLD_ALIKE`]'s head of its group.
pub const RELEASE: &str = "releas";

/// The word of an opening, a work's release only where a work is named
/// (see [`WORKS`]).
pub const OPENING: &str = "open";

/// Stems of works shown or released: "The musical opened on Oct. 3" and
/// "The album was released on Oct. 10" tell one sort of deed.
pub static WORKS: WordSet = WordSet::new(&[
    "film",
    "movi",
    "album",
    "music",
    "book",
    "novel",
    "song",
    "opera",
    "documentari",
    "drama",
    "comedi",
    "thriller",
]);

/// Stems of nouns for people of some sort, whom an outcome can befall: "two
/// men have died" counts deaths.
pub static PERSONS: WordSet = WordSet::new(&[
    "man", "men", "woman", "women", "child", "children", "boy", "girl", "adult", "teenag",
]);

/// Stems of nouns for people of a role or a group, whom an outcome can
/// befall too ("two climbers killed"). Unlike [`PERSONS`], their count is
/// not of people at large: "12 soldiers killed" may be some of "30 people
/// killed". (Stems that as often name places or things, "villag" of
/// villagers and villages, are left out.)
pub static ROLES: WordSet = WordSet::new(&[
    "passeng",
    "soldier",
    "troop",
    "civilian",
    "firefight",
    "worker",
    "miner",
    "climber",
    "hiker",
    "tourist",
    "student",
    "pupil",
    "patient",
    "migrant",
    "spectat",
    "journalist",
    "victim",
    "survivor",
    "pilgrim",
    "worshipp",
    "employe",
    "fighter",
    "rebel",
    "guard",
    "player",
    "fishermen",
    "sailor",
    "seafar",
    "driver",
    "pedestrian",
    "visitor",
    "crew",
    "crewmen",
    "staff",
    "person",
    "individu",
    "teacher",
    "doctor",
    "farmer",
    "member",
    "suspect",
    "guest",
    "athlet",
    "runner",
    "swimmer",
    "diver",
    "rescuer",
    "infant",
    "babi",
    "toddler",
    "bystand",
    "motorist",
    "cyclist",
    "shopper",
    "voter",
    "lawmak",
    "gunmen",
    "policemen",
    "peacekeep",
    "pilot",
    "hostag",
    "detaine",
    "prison",
    "inmat",
    "fan",
    "user",
    "travel",
    "commut",
    "custom",
    "consum",
    "owner",
]);

/// Nouns that count many without a plural ending: the head of "1,500
/// search and rescue personnel", "five armed men".
pub static COLLECTIVE: WordSet = WordSet::new(&[
    "men",
    "women",
    "children",
    "gunmen",
    "personnel",
    "staff",
    "police",
    "people",
    "crew",
    "livestock",
    "cattle",
    "aircraft",
    "militia",
    "infantry",
    "species",
]);

/// The ages, in years, a word for a person of an age holds, by the word's
/// stem: a teenager is 13 to 19. ("Pensioner" is left out: its stem is
/// a pension's.)
pub fn ages_of_word(stem: &str) -> Option<(f64, f64)> {
    Some(match stem {
        "teenag" | "teen" => (13.0, 19.0),
        "boy" | "girl" => (0.0, 17.0),
        "child" | "children" => (0.0, 12.0),
        "toddler" => (1.0, 3.0),
        "babi" | "infant" => (0.0, 1.0),
        _ => return None,
    })
}

/// Things and animals whose age a story may give as a person's is given
/// ("the 150-year-old business", "a 40-year-old bridge", "a 12-year-old
/// dog", "the 16-year-old record", "a 40-year-old ban"), as folded
/// words; places are [`PLACE_WORDS`]. Not bodies of people ("a
/// 58-year-old security guard").
pub static AGED_THINGS: WordSet = WordSet::new(&[
    "business",
    "company",
    "corporation",
    "university",
    "college",
    "school",
    "bank",
    "party",
    "club",
    "clinic",
    "institute",
    "foundation",
    "association",
    "society",
    "charity",
    "airline",
    "orchestra",
    "choir",
    "cinema",
    "theatre",
    "theater",
    "bakery",
    "pub",
    "inn",
    "cafe",
    "farm",
    "vineyard",
    "library",
    "museum",
    "stadium",
    "arena",
    "market",
    "hall",
    "barn",
    "lighthouse",
    "railway",
    "tunnel",
    "canal",
    "pier",
    "hospital",
    "prison",
    "firm",
    "brewery",
    "distillery",
    "winery",
    "factory",
    "plant",
    "mill",
    "mine",
    "building",
    "bridge",
    "dam",
    "tower",
    "church",
    "cathedral",
    "temple",
    "mosque",
    "castle",
    "house",
    "home",
    "hotel",
    "restaurant",
    "shop",
    "store",
    "newspaper",
    "magazine",
    "brand",
    "tradition",
    "festival",
    "record",
    "law",
    "treaty",
    "tree",
    "oak",
    "forest",
    "ship",
    "vessel",
    "boat",
    "ferry",
    "car",
    "truck",
    "bus",
    "train",
    "plane",
    "aircraft",
    "jet",
    "reactor",
    "pipeline",
    "mural",
    "painting",
    "statue",
    "monument",
    "structure",
    "clock",
    "organ",
    "dog",
    "cat",
    "horse",
    "pony",
    "elephant",
    "tortoise",
    "parrot",
    "whale",
    "bear",
    "gorilla",
    "chimpanzee",
    "lion",
    "tiger",
    "panda",
    "giraffe",
    "camel",
    "mark",
    "ban",
    "dispute",
    "feud",
    "mystery",
]);

/// Animals counted without a plural ending ("52,000 farmed salmon"), which,
/// as some [`COLLECTIVE`] nouns do, often describe the noun after them
/// ("reindeer herders", "salmon farms").
pub static ANIMALS_OF_NO_PLURAL: WordSet = WordSet::new(&[
    "salmon", "fish", "sheep", "deer", "trout", "tuna", "cod", "bison", "moose", "reindeer",
    "swine", "shrimp",
]);

/// Stems of what a share may measure, each its own: a vote's turnout is
/// not its result, nor is unemployment inflation.
pub static SHARE_MEASURES: WordSet = WordSet::new(&[
    "turnout", "unemploy", "inflat", "interest", "tax", "occup", "vacanc", "attend", "approv",
]);

/// Words in "-er" and "-or" that name no one who does ("the summer, 12,"
/// is no age), as folded words.
pub static NO_AGENTS: WordSet = WordSet::new(&[
    "other", "former", "latter", "number", "order", "summer", "winter", "quarter", "semester",
    "chapter", "border", "center", "river",
]);

/// Nouns ending in "s" that are no plurals, as folded words: fields and
/// trades ("380 production and logistics workers" counts workers).
pub static SINGULAR_IN_S: WordSet = WordSet::new(&[
    "logistics",
    "physics",
    "economics",
    "politics",
    "electronics",
    "athletics",
    "gymnastics",
    "robotics",
    "genetics",
    "mathematics",
    "statistics",
    "analytics",
    "ethics",
    "news",
]);

/// Livestock and crops counted by the head ("85 head of cattle", "200,000
/// heads of lettuce"), as folded words.
pub static COUNTED_BY_THE_HEAD: WordSet = WordSet::new(&[
    "livestock",
    "cattle",
    "sheep",
    "goats",
    "pigs",
    "swine",
    "horses",
    "camels",
    "yaks",
    "buffalo",
    "bison",
    "reindeer",
    "deer",
    "poultry",
    "lettuce",
    "cabbage",
    "cabbages",
]);

/// Groups of people whose size a figure after "of" gives, and which a
/// figure before them counts too: "a crew of 26" / "26 crew", "a staff of
/// 300" / "300 staff".
pub static GROUPS_OF_PEOPLE: WordSet = WordSet::new(&["crew", "staff", "team"]);

/// Collective nouns that often describe the noun after them rather than
/// count: "police officers", "infantry fighting vehicles", "militia
/// fighters", "livestock sheds", "cattle trucks" (but "people carrying
/// weapons" counts people). So do [`ANIMALS_OF_NO_PLURAL`].
pub static DESCRIBING_COLLECTIVES: WordSet =
    WordSet::new(&["police", "infantry", "militia", "livestock", "cattle"]);

/// Verbs whose past is their present ("shut", "set"): a past before a
/// particle ("shut down on Wednesday").
pub static PASTS_AS_PRESENTS: WordSet = WordSet::new(&[
    "shut", "set", "cut", "put", "hit", "quit", "burst", "cast", "spread",
]);

/// Words of a whole told with its parts: "£800,000 in total, with the
/// rest coming from fundraising".
pub const WHOLES_OF_PARTS: &[&str] = &["total", "rest", "remainder", "altogether"];

/// Particles that follow a verb to make another of it ("lifted off",
/// "walked out", "stepped down").
pub static VERB_PARTICLES: WordSet =
    WordSet::new(&["off", "out", "down", "up", "over", "away", "back"]);

include!("paraphrases.in");

/// Phases of a contest or a count, which an ordinal numbers ("in the first
/// round", "on the second ballot", "the third leg"): a figure told of one
/// is of that phase alone.
pub static PHASES: WordSet = WordSet::new(&[
    "round", "ballot", "half", "quarter", "stage", "leg", "heat", "period", "inning", "lap",
    "phase",
]);

/// Nouns of winning that a margin may follow ("handing victory to her by
/// 17 votes"), when the figure counts what a result is told in: not "the
/// victory parade was attended by 4 million people".
pub static MARGIN_NOUNS: WordSet = WordSet::new(&["victory", "lead", "ahead"]);

/// What results are told in: a margin after a noun of winning counts one.
pub static RESULT_UNITS: WordSet = WordSet::new(&[
    "vote", "point", "goal", "run", "wicket", "seat", "stroke", "length",
]);

/// Words of dispute that "over" may follow as "about" ("a row over $2bn
/// of debt", "a probe over $5 million in payments").
pub const DISPUTES: &[&str] = &[
    "strike",
    "strikes",
    "row",
    "dispute",
    "protest",
    "protests",
    "talks",
    "clash",
    "clashes",
    "fight",
    "battle",
    "anger",
    "outrage",
    "concern",
    "concerns",
    "fears",
    "lawsuit",
    "walkout",
    "probe",
    "inquiry",
    "investigation",
];

/// Words of a penalty besides [`BLAMING`] that "over" an amount may
/// follow, as those may, as "for" ("jailed over $68m Ponzi scheme",
/// "sacked over $2m expenses"); before a count it is "more than"
/// ("arrested over 200 people"). Not "fined" or "sued", which "over" an
/// amount may follow as "more than" ("fined over $1 million").
pub static PENALTIES: WordSet = WordSet::new(&[
    "arrested", "detained", "sacked", "ousted", "resigns", "resigned", "quits", "quit",
]);

/// Outcomes a count of people may be about; counts of different outcomes
/// are different facts even when both count "people".
pub const OUTCOMES: &[&[&str]] = &[
    &["dead", "die", "kill", "death", "fatal", "bodi", "toll"],
    &["injur", "wound", "hurt"],
    &["arrest", "detain", "held", "captur", "custodi"],
    &["miss"],
    &["evacu", "displac", "homeless"],
    &["ill", "illness", "sick", "sicken", "infect", "poison"],
];

/// The extent a length gives, from a folded word beside it: "long" and
/// "length" give one, "downstream" and "away" a distance.
pub fn extent(word: &str) -> Option<&'static str> {
    Some(match word {
        "long" | "length" | "lengths" => "length",
        "wide" | "width" | "across" | "diameter" | "broad" => "width",
        "deep" | "depth" => "depth",
        "high" | "height" | "tall" | "altitude" => "height",
        "away" | "downstream" | "upstream" | "offshore" | "inland" | "distance" | "off" => {
            "distance"
        }
        "within" | "radius" => "radius",
        _ => return None,
    })
}

/// Words near a score or a vote's split ("ruled 4-1", "a 3-2 verdict").
pub static RESULT_WORDS: WordSet = WordSet::new(&[
    "ruled",
    "ruling",
    "verdict",
    "vote",
    "voted",
    "votes",
    "majority",
    "decision",
    "judgment",
    "judgement",
    "win",
    "won",
    "wins",
    "victory",
    "defeat",
    "defeated",
    "beat",
    "beats",
    "lost",
    "loss",
    "lose",
    "draw",
    "drew",
    "drawn",
    "score",
    "scored",
    "scoreline",
    "series",
    "final",
    "margin",
    "split",
    "sweep",
    "tie",
    "tied",
    "result",
]);

/// Korean family names romanised several ways ("Lee" / "Rhee" / "Yi",
/// "Park" / "Pak"), and Chinese ones in Pinyin and in Wade-Giles ("Zhang" /
/// "Chang", "Xu" / "Hsu"): each group is one name. Not where the Wade-Giles
/// form is as often another people's name ("Chung" is Korean, "Chin"
/// Hakka, "Song" and "Sung" both Korean).
const FAMILY_NAME_SPELLINGS: &[&[&str]] = &[
    &["lee", "rhee", "yi", "rhie"],
    &["park", "pak", "bak"],
    &["kim", "gim"],
    &["choi", "choe"],
    &["jung", "chung", "jeong"],
    &["kang", "gang"],
    &["yoon", "yun"],
    &["shin", "sin"],
    &["lim", "rim"],
    &["seo", "suh"],
    &["ahn", "an"],
    &["baek", "paek", "paik"],
    &["roh", "noh"],
    &["moon", "mun"],
    &["zhang", "chang"],
    &["xu", "hsu"],
    &["zhou", "chou"],
    &["cai", "tsai"],
    &["zheng", "cheng"],
    &["xie", "hsieh"],
    &["guo", "kuo"],
    &["zeng", "tseng"],
    &["jiang", "chiang"],
    &["zhu", "chu"],
    &["xiao", "hsiao"],
    &["ye", "yeh"],
    &["gao", "kao"],
    &["hong", "hung"],
    &["cao", "tsao"],
    &["deng", "teng"],
    &["zhao", "chao"],
    &["xiong", "hsiung"],
    &["dong", "tung"],
    &["gong", "kung"],
    &["shi", "shih"],
    &["cui", "tsui"],
    &["qian", "chien"],
    &["qiu", "chiu"],
];

/// Whether two folded name parts are one family name of
/// [`FAMILY_NAME_SPELLINGS`], spelled alike or not.
pub fn one_family_name(p: &str, q: &str) -> bool {
    FAMILY_NAME_SPELLINGS
        .iter()
        .any(|group| group.contains(&p) && group.contains(&q))
}

/// The groups of [`FAMILY_NAME_SPELLINGS`] a folded name part is in (a
/// part may be in more than one).
pub fn family_name_spellings(p: &str) -> impl Iterator<Item = usize> + '_ {
    (FAMILY_NAME_SPELLINGS.iter().enumerate())
        .filter(move |(_, group)| group.contains(&p))
        .map(|(at, _)| at)
}

/// Words that set one person's age against another's ("an older boy, aged
/// 12", "his younger brother"): the ages are of two people.
pub const AGES_COMPARED: &[&str] = &["older", "younger", "elder"];

/// Words of kinship: a claim using one may name two of a family ("The son
/// of seven-time champion Michael Schumacher").
pub const KIN: &[&str] = &[
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "wife",
    "husband",
    "widow",
    "widower",
    "twin",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "sibling",
    "parent",
    "child",
    "family",
];

/// Family names so common that two people sharing one with given names
/// alike are more often two than one misnamed ("Harjit Singh" / "Harpreet
/// Singh").
pub static COMMON_FAMILY_NAMES: WordSet = WordSet::new(&[
    "singh",
    "kaur",
    "khan",
    "kumar",
    "sharma",
    "patel",
    "ali",
    "ahmed",
    "hussain",
    "mohammed",
    "kim",
    "lee",
    "park",
    "choi",
    "jung",
    "kang",
    "nguyen",
    "tran",
    "pham",
    "wang",
    "zhang",
    "chen",
    "yang",
    "huang",
    "zhao",
    "zhou",
    "smith",
    "jones",
    "brown",
    "johnson",
    "williams",
    "garcia",
    "rodriguez",
    "martinez",
    "hernandez",
    "lopez",
    "gonzalez",
    "perez",
    "silva",
    "santos",
    "ivanov",
    "muller",
    "schmidt",
    "cohen",
    "levi",
]);

/// Words of a change up, verbs and nouns: "shares rose 4%", "sales were
/// up 3%", "a 4.9% increase".
pub static RISING: WordSet = WordSet::new(&[
    "rose",
    "rise",
    "rises",
    "risen",
    "increased",
    "increase",
    "increases",
    "grew",
    "grow",
    "grows",
    "grown",
    "growth",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "gained",
    "gain",
    "gains",
    "soared",
    "soars",
    "surged",
    "surges",
    "surge",
    "rallied",
    "leapt",
    "leaped",
    "raised",
    "raise",
    "raises",
    "hike",
    "hikes",
    "up",
]);

/// Words of a change down, verbs and nouns: "shares plunged 17%", "stock
/// down 17%", "a 9 per cent drop".
pub static FALLING: WordSet = WordSet::new(&[
    "fell",
    "fall",
    "falls",
    "fallen",
    "decreased",
    "decrease",
    "decreases",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "reduced",
    "reduce",
    "reduces",
    "reduction",
    "lowered",
    "lower",
    "lowers",
    "shrank",
    "shrunk",
    "plunged",
    "plunges",
    "plummeted",
    "tumbled",
    "slumped",
    "slumps",
    "slump",
    "sank",
    "slid",
    "dipped",
    "dip",
    "cut",
    "cuts",
    "down",
]);

/// Words that help a verb, between what changes and the verb of its
/// change: "prices have risen 40%", "fares will rise by 4.6%", "are set to
/// rise", "went up".
pub static HELPING_VERBS: WordSet = WordSet::new(&[
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "should",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "also",
    "already",
    "still",
    "now",
    "then",
    "went",
    "go",
    "goes",
    "gone",
    "came",
    "come",
    "to",
    "set",
    "expected",
    "due",
    "likely",
    "forecast",
    "projected",
    "going",
]);

/// Words that point to a noun before it: "the", "its".
pub static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
]);

/// Prepositions that open a phrase after what changes: "rail fares in
/// England", "admissions for flu", "the price of oil".
pub static PHRASE_PREPOSITIONS: WordSet = WordSet::new(&[
    "in",
    "at",
    "across",
    "throughout",
    "outside",
    "within",
    "for",
    "to",
    "from",
    "on",
    "among",
    "of",
]);

/// Nouns of a quantity of something, which is what changes in "the number
/// of homicides".
pub static QUANTITY_NOUNS: WordSet =
    WordSet::new(&["number", "amount", "volume", "level", "count", "total"]);

/// Nouns of a change by some amount: "a 4.9% increase", "a 3% pay rise".
pub static CHANGE_NOUNS: WordSet = WordSet::new(&[
    "increase",
    "rise",
    "hike",
    "jump",
    "gain",
    "growth",
    "decrease",
    "fall",
    "drop",
    "decline",
    "cut",
    "reduction",
]);

/// Verbs after which "by" and a figure give a margin, the amount by which
/// one thing beats or changes ("won by seven wickets", "rose by 12").
pub static MARGIN_VERBS: WordSet = WordSet::new(&[
    "won",
    "win",
    "wins",
    "edged",
    "prevailed",
    "beat",
    "beats",
    "defeated",
    "defeats",
    "lost",
    "lose",
    "loses",
    "trailed",
    "trails",
    "rose",
    "rise",
    "rises",
    "risen",
    "fell",
    "fall",
    "falls",
    "fallen",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "grew",
    "grow",
    "grows",
    "grown",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "declines",
    "climbed",
    "climbs",
    "jumped",
    "jumps",
    "reduced",
    "reduce",
    "reduces",
    "raised",
    "raise",
    "raises",
    "lowered",
    "lower",
    "lowers",
    "narrowed",
    "widened",
    "shrank",
    "shrunk",
    "exceeded",
    "exceeds",
    "outnumbered",
    // "delayed by 40 minutes": the change to a schedule, not how long a
    // thing lasts ("a two-hour flight").
    "delayed",
    "delay",
    "delays",
    "postponed",
]);

/// Words that introduce whose account a claim gives.
pub static SAYING_VERBS: WordSet = WordSet::new(&[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "stated",
    "states",
    "added",
    "claimed",
    "claims",
    "declared",
    "revealed",
    "wrote",
    "writes",
    "explained",
    "noted",
]);

/// A fixed list of folded words with a hash set built on first use, so a
/// look-up costs one hash however long the list.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    /// A set over `words` (built when first asked).
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// The words of the set, in the order listed.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.words.iter().copied()
    }

    /// Whether `word` is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// A fixed list of folded words, each with a value, hashed on first use
/// like [`WordSet`]; where a word is listed twice, its first value holds.
pub struct WordMap<V: 'static> {
    pairs: &'static [(&'static str, V)],
    map: OnceLock<FxHashMap<&'static str, &'static V>>,
}

impl<V: Sync> WordMap<V> {
    /// A map over `pairs` (built when first asked).
    pub const fn new(pairs: &'static [(&'static str, V)]) -> WordMap<V> {
        WordMap {
            pairs,
            map: OnceLock::new(),
        }
    }

    /// The value of `word`, if listed.
    pub fn get(&self, word: &str) -> Option<&'static V> {
        let map = self.map.get_or_init(|| {
            let mut map = FxHashMap::default();
            for (word, value) in self.pairs {
                map.entry(*word).or_insert(value);
            }
            map
        });
        map.get(word).copied()
    }
}

/// Past forms of common irregular verbs, with the base stems are taken
/// from: so "fell" matches "falling".
static IRREGULAR_PASTS: WordMap<&str> = WordMap::new(&[
    ("fell", "fall"),
    ("fallen", "fall"),
    ("went", "go"),
    ("gone", "go"),
    ("took", "take"),
    ("taken", "take"),
    ("made", "make"),
    ("found", "find"),
    ("left", "leave"),
    ("held", "hold"),
    ("ran", "run"),
    ("won", "win"),
    ("lost", "lose"),
    ("struck", "strike"),
    ("sent", "send"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("rode", "ride"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("caught", "catch"),
    ("brought", "bring"),
    ("bought", "buy"),
    ("sold", "sell"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("swept", "sweep"),
    ("dug", "dig"),
    ("hung", "hang"),
    ("stood", "stand"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("overran", "overrun"),
    ("undertook", "undertake"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("swam", "swim"),
    ("arose", "arise"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("forgave", "forgive"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("laid", "lay"),
    ("lent", "lend"),
    ("overcame", "overcome"),
    ("overtook", "overtake"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("shrank", "shrink"),
    ("stung", "sting"),
    ("swung", "swing"),
    ("understood", "understand"),
    ("upheld", "uphold"),
    ("wept", "weep"),
    ("seen", "see"),
    ("ridden", "ride"),
    ("sang", "sing"),
    ("sung", "sing"),
    ("paid", "pay"),
    ("fled", "flee"),
    ("fought", "fight"),
    ("shot", "shoot"),
    ("began", "begin"),
    ("begun", "begin"),
    ("broke", "break"),
    ("broken", "break"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("knew", "know"),
    ("known", "know"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("wrote", "write"),
    ("written", "write"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("met", "meet"),
    ("led", "lead"),
    ("kept", "keep"),
    ("felt", "feel"),
    ("built", "build"),
    ("spent", "spend"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("slid", "slide"),
    ("bled", "bleed"),
    ("dealt", "deal"),
    ("sought", "seek"),
    ("taught", "teach"),
]);

/// British spellings, with the American one stems are taken from: so
/// "centre" matches "center".
static BRITISH_SPELLINGS: WordMap<&str> = WordMap::new(&[
    ("centre", "center"),
    ("centres", "centers"),
    ("metre", "meter"),
    ("metres", "meters"),
    ("theatre", "theater"),
    ("litre", "liter"),
    ("litres", "liters"),
    ("fibre", "fiber"),
    ("jewellery", "jewelry"),
    ("jeweller", "jeweler"),
    ("jewellers", "jewelers"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("colour", "color"),
    ("honour", "honor"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("neighbour", "neighbor"),
    ("neighbours", "neighbors"),
    ("harbour", "harbor"),
    ("rumour", "rumor"),
    ("behaviour", "behavior"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("cancelled", "canceled"),
    ("modelling", "modeling"),
    ("tyre", "tire"),
    ("tyres", "tires"),
    ("grey", "gray"),
    ("aluminium", "aluminum"),
    ("organisation", "organization"),
    ("organisations", "organizations"),
    ("organised", "organized"),
    ("recognised", "recognized"),
    ("criticised", "criticized"),
    ("authorised", "authorized"),
    ("apologised", "apologized"),
]);

/// The form a word is stemmed from: its standard (American) spelling or, for
/// an irregular past form, its base.
pub fn standard_form(word: &str) -> &str {
    (IRREGULAR_PASTS.get(word))
        .or_else(|| BRITISH_SPELLINGS.get(word))
        .map_or(word, |standard| standard)
}

/// Whether a folded word is the past form of an irregular verb ("caught",
/// "fled", "sunk").
pub fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PASTS.get(word).is_some()
}

/// Whether a folded word looks like a verb's past: "opened" ("bed" and
/// "shed" are none; "died" and "used" are), or an irregular one
/// ("caught", "fled").
pub fn is_past(word: &str) -> bool {
    word.len() >= 5 && word.ends_with("ed")
        || matches!(word, "died" | "tied" | "used" | "owed")
        || is_irregular_past(word)
}

/// The country or region a demonym points to.
pub fn demonym(word: &str) -> Option<&'static str> {
    DEMONYMS.get(word).copied()
}

/// Whether a folded word opens a demonym of two words ("sri" of "sri
/// lankan"), so the pair is worth asking [`demonym`] about.
pub fn opens_a_demonym_of_two_words(word: &str) -> bool {
    static FIRST_WORDS: OnceLock<FxHashSet<&str>> = OnceLock::new();
    FIRST_WORDS
        .get_or_init(|| {
            (DEMONYMS.pairs.iter())
                .filter_map(|(name, _)| Some(name.split_once(' ')?.0))
                .collect()
        })
        .contains(word)
}

/// If one folded name part is the other's adjective of origin, as places
/// unknown to [`DEMONYMS`] form theirs, the place: "karvenia" /
/// "karvenian" (as Russia, Kenya), "brazil" / "brazilian", "japan" /
/// "japanese", "chile" / "chilean"; a name of four letters at least.
pub fn place_of_adjective<'a>(p: &'a str, q: &'a str) -> Option<&'a str> {
    let (short, long) = if p.len() < q.len() { (p, q) } else { (q, p) };
    let ending = long.strip_prefix(short)?;
    let adjective = match ending {
        "n" => short.ends_with('a'),
        "ian" | "ese" => !short.ends_with(['a', 'e', 'i', 'o', 'u']),
        "an" => short.ends_with('e'),
        _ => false,
    };
    (short.len() >= 4 && adjective).then_some(short)
}

/// The number of a month name or abbreviation.
pub fn month(word: &str) -> Option<u8> {
    MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, n)| n)
}

/// The number of a weekday name or abbreviation.
pub fn weekday(word: &str) -> Option<u8> {
    WEEKDAYS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, n)| n)
}

/// Words that open an exception to what a claim tells of none
/// ("absent will be Western leaders, with the exception of Slovakia's
/// prime minister", "no one was hurt apart from the driver").
pub const EXCEPTIONS: &[&[&str]] = &[
    &["with", "the", "exception", "of"],
    &["except", "for"],
    &["except"],
    &["apart", "from"],
    &["aside", "from"],
    &["save", "for"],
];

/// Words that open a clause, not a name or a noun phrase, after words of an
/// exception ("except to say that", "except when").
pub const CLAUSE_OPENERS: &[&str] = &[
    "to", "that", "when", "where", "while", "if", "as", "because", "in", "on", "at", "by", "so",
];

/// Past deeds of a person not ending in "-ed" ("since May took office").
pub const DEEDS_OF_A_PERSON: &[&str] = &[
    "took", "said", "told", "left", "won", "became", "quit", "began", "came", "made",
];

/// Words that deny what follows them: "Police denied reports that nobody
/// had been arrested".
pub const DENIALS: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "rejected",
    "rejects",
    "disputed",
    "disputes",
    "dismissed",
    "refuted",
];

/// Words that tell of none: "no Western leaders", "nobody was hurt",
/// "absent will be leaders from Western powers" (not "not", which denies
/// any deed: "would not be specific, except to say").
pub const OF_NONE: &[&str] = &[
    "no", "none", "nobody", "absent", "without", "neither", "nor",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_fold_other_names_and_abbreviations() {
        assert_eq!(alias("us"), "united states");
        assert_eq!(alias("calif"), "california");
        assert_eq!(alias("n y"), "new york");
        assert_eq!(alias("u k"), "united kingdom");
        assert_eq!(
            alias("england"),
            "england",
            "England is not the United Kingdom"
        );
        assert_eq!(alias("iran"), "iran");
        assert_eq!(demonym("iranian"), Some("iran"));
        assert_eq!(demonym("north korean"), Some("north korea"));
        for (place, adjective) in [
            ("karvenia", "karvenian"),
            ("brazil", "brazilian"),
            ("japan", "japanese"),
            ("chile", "chilean"),
        ] {
            assert_eq!(place_of_adjective(place, adjective), Some(place));
            assert_eq!(place_of_adjective(adjective, place), Some(place));
        }
        for (p, q) in [("hasan", "hassan"), ("ahmad", "ahmadi"), ("lia", "lian")] {
            assert_eq!(place_of_adjective(p, q), None, "{p} / {q}");
        }
    }

    #[test]
    fn describing_nouns_and_common_given_names_hold_no_title() {
        let titled = |set: &WordSet| set.words.iter().copied().filter(|w| TITLES.contains(w));
        assert_eq!(titled(&DESCRIBING_NOUNS).collect::<Vec<_>>(), [""; 0]);
        assert_eq!(titled(&COMMON_GIVEN_NAMES).collect::<Vec<_>>(), [""; 0]);
    }

    #[test]
    fn irregular_pasts_and_british_spellings() {
        assert_eq!(standard_form("fell"), "fall");
        assert_eq!(standard_form("stolen"), "steal");
        assert_eq!(standard_form("sank"), "sink");
        assert_eq!(standard_form("withdrawn"), "withdraw");
        assert_eq!(standard_form("centre"), "center");
        assert_eq!(standard_form("jewellery"), "jewelry");
        assert_eq!(standard_form("parade"), "parade");
    }
}
