"""LanguageDetector on real sentences: many languages and scripts, undetermined input, determinism, threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.domain import Language
from bot.language import LanguageDetector

# One news-style sentence per language ("the minister said the talks continue next week" and the like).
SENTENCES = {
    "en": "The foreign minister said that the negotiations would continue in Geneva next week.",
    "fr": "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, malgré l'opposition des syndicats.",
    "de": "Die Bundesregierung hat am Dienstag neue Maßnahmen gegen die steigenden Energiepreise beschlossen.",
    "es": "El presidente del Gobierno anunció ayer un nuevo plan para reducir el desempleo juvenil.",
    "it": "Il presidente del Consiglio ha annunciato ieri un nuovo piano per ridurre la disoccupazione giovanile.",
    "pt": "O presidente anunciou ontem um novo plano para reduzir o desemprego entre os jovens.",
    "nl": "De minister van Buitenlandse Zaken zei dat de onderhandelingen volgende week worden voortgezet.",
    "pl": "Minister spraw zagranicznych oświadczył, że negocjacje będą kontynuowane w przyszłym tygodniu.",
    "tr": "Dışişleri Bakanı, müzakerelerin gelecek hafta Cenevre'de devam edeceğini açıkladı.",
    "az": "Xarici işlər naziri bildirib ki, danışıqlar gələn həftə Cenevrədə davam edəcək.",
    "uz": "Tashqi ishlar vaziri muzokaralar kelgusi hafta Jenevada davom etishini maʼlum qildi.",
    "ru": "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе в Женеве.",
    "uk": "Міністр закордонних справ заявив, що переговори продовжаться наступного тижня у Женеві.",
    "be": "Міністр замежных спраў заявіў, што перамовы працягнуцца на наступным тыдні ў Жэневе.",
    "bg": "Министърът на външните работи заяви, че преговорите ще продължат следващата седмица в Женева.",
    "sr": "Министар спољних послова изјавио је да ће се преговори наставити следеће недеље у Женеви.",
    "kk": "Сыртқы істер министрі келіссөздер келесі аптада Женевада жалғасатынын мәлімдеді.",
    "ar": "أعلنت وزارة الخارجية أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
    "fa": "وزیر امور خارجه اعلام کرد که مذاکرات هفته آینده در ژنو ادامه خواهد یافت.",
    "he": "שר החוץ הודיע כי המשא ומתן יימשך בשבוע הבא בז'נבה.",
    "el": "Ο υπουργός Εξωτερικών δήλωσε ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα.",
    "hy": "Արտաքին գործերի նախարարը հայտարարել է, որ բանակցությունները կշարունակվեն հաջորդ շաբաթ Ժնևում։",
    "ka": "საგარეო საქმეთა მინისტრმა განაცხადა, რომ მოლაპარაკებები მომავალ კვირას ჟენევაში გაგრძელდება.",
    "hi": "विदेश मंत्री ने कहा कि बातचीत अगले सप्ताह जिनेवा में जारी रहेगी।",
    "zh": "外交部长表示，谈判将于下周在日内瓦继续进行。",
    "ja": "外務大臣は、交渉が来週ジュネーブで再開されると述べた。",
    "ko": "외교부 장관은 협상이 다음 주 제네바에서 계속될 것이라고 말했다.",
}


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_detects_the_language_of_a_sentence(detector: LanguageDetector, code: str) -> None:
    result = detector.detect(SENTENCES[code])
    assert result.code == code
    assert 0.5 <= result.confidence <= 1.0


@pytest.mark.parametrize("code", ["hy", "ka", "el", "he", "ko", "ja", "zh"])
def test_a_script_of_its_own_decides_with_full_confidence(detector: LanguageDetector, code: str) -> None:
    assert detector.detect(SENTENCES[code]) == Language(code, 1.0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "ok",
        "12345",
        "3.14 + 2,718 = 5.858",
        "https://www.example.com/news/2024/09/19/article.html",
        "see https://t.co/x and me@example.org",
        "<p></p>",
        "😀👍",
        "中",
    ],
)
def test_too_little_text_is_undetermined(detector: LanguageDetector, text: str) -> None:
    result = detector.detect(text)
    assert result.code is None
    assert not result.determined
    assert 0.0 <= result.confidence < 0.5


def test_links_numbers_and_markup_do_not_sway_the_answer(detector: LanguageDetector) -> None:
    noisy = (
        "<p>Le gouvernement a annoncé mardi 19/09/2024 une réforme https://www.example.com/en/english-news "
        "contact: press@example.com @EnglishNewsDesk</p>"
    )
    assert detector.detect(noisy).code == "fr"


def test_mixed_text_gets_the_majority_language(detector: LanguageDetector) -> None:
    french_with_english_quote = (
        "Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine à Genève. "
        "« We are ready to talk », a-t-il ajouté devant les journalistes, avant de quitter la salle "
        "sans répondre aux questions sur le calendrier des discussions."
    )
    english_with_russian_quote = (
        "The minister told reporters on Tuesday that the talks would resume next week in Geneva, adding "
        'that the other side had agreed. "Переговоры продолжатся", he quoted his counterpart as saying.'
    )
    armenian_with_latin_names = (
        "Ըստ Reuters գործակալության, Արտաքին գործերի նախարարը հայտարարել է, որ բանակցությունները "
        "կշարունակվեն հաջորդ շաբաթ Ժնևում, NATO-ի ներկայացուցչի հետ։"
    )
    assert detector.detect(french_with_english_quote).code == "fr"
    assert detector.detect(english_with_russian_quote).code == "en"
    assert detector.detect(armenian_with_latin_names).code == "hy"


def test_an_azerbaijani_name_in_a_turkish_sentence_keeps_it_turkish(detector: LanguageDetector) -> None:
    text = "Cumhurbaşkanı Erdoğan, Azerbaycan Cumhurbaşkanı İlham Əliyev ile Ankara'da bir araya geldi."
    assert detector.detect(text).code == "tr"


def test_results_are_deterministic_across_calls_and_instances(detector: LanguageDetector) -> None:
    texts = [*SENTENCES.values(), "Bonjour", "ciao amici", "Das ist gut", "yes ok"]
    first = [detector.detect(text) for text in texts]
    again = [detector.detect(text) for text in texts]
    fresh = [LanguageDetector().detect(text) for text in texts]
    assert first == again == fresh


def test_threads_share_one_detector_and_get_the_sequential_answers(detector: LanguageDetector) -> None:
    texts = list(SENTENCES.values()) * 4
    sequential = [detector.detect(text) for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(detector.detect, texts))
    assert threaded == sequential


def test_long_article_is_read_up_to_a_bound_and_still_detected(detector: LanguageDetector) -> None:
    article = "\n\n".join([SENTENCES["uk"]] * 2000)
    assert detector.detect(article).code == "uk"


def test_low_accuracy_mode_still_detects_sentences() -> None:
    light = LanguageDetector(high_accuracy=False)
    assert light.detect(SENTENCES["de"]).code == "de"
    assert light.detect(SENTENCES["kk"]).code == "kk"
