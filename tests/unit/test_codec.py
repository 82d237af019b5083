import json

import pytest

from bot.codec import (
    CodecError,
    RemoteJobFailed,
    decode_progress,
    decode_request,
    decode_result,
    decode_user_error,
    encode_progress,
    encode_request,
    encode_result,
    failure_payload,
    open_payload,
    success_payload,
    user_error_payload,
)
from bot.domain import (
    Article,
    Claim,
    Language,
    Point,
    Result,
    Side,
    SidePoints,
    Source,
    SourceKind,
    Span,
    Summary,
    SummaryLength,
)
from bot.errors import AttribotError, FetchFailed, UnsupportedLanguage
from bot.pipeline import ProgressEvent, Request


def rich_result() -> Result:
    claim = Claim(
        speaker="Ministry of Defence",
        speaker_span=Span(0, 19),
        cue="said",
        cue_span=Span(20, 24),
        content="the border was shelled",
        content_span=Span(25, 47),
        quote=True,
        side="Armenia",
    )
    return Result(
        source=Source(SourceKind.URL, "https://example.org/a?b=1"),
        article=Article(text="Текст статьи.\n\nВторой абзац.", title="Заголовок", url="https://example.org/a"),
        language=Language("ru", 0.98),
        english="Ministry of Defence said the border was shelled",
        claims=(claim,),
        sides=(Side("Armenia", "party", (claim,)),),
        summary=Summary(
            headline="Shelling at the border",
            sides=(SidePoints("Armenia", (Point("Ministry of Defence", "the border was shelled", Span(25, 47)),)),),
            conduits=("Reuters",),
        ),
        reply_language="fr",
        rendered="<b>Arménie</b>",
        translated_summary=Summary(headline="Bombardements", sides=()),
        stage_seconds={"fetch": 0.5, "translate": 2.25},
    )


def plain_json_types(value: object) -> bool:
    """True when every node is exactly a JSON type, not a subclass such as a str-valued Enum."""
    if type(value) is dict:
        return all(type(k) is str and plain_json_types(v) for k, v in value.items())
    if type(value) is list:
        return all(plain_json_types(item) for item in value)
    return type(value) in (str, int, float, bool, type(None))


def test_a_result_survives_the_json_round_trip_unchanged() -> None:
    result = rich_result()
    encoded = encode_result(result)
    assert plain_json_types(encoded)
    assert decode_result(json.loads(json.dumps(encoded))) == result


def test_a_request_round_trips_with_its_enums_as_plain_strings() -> None:
    request = Request(Source(SourceKind.TEXT, "Bonjour"), "de", SummaryLength.SHORT, language_override="fr")
    encoded = encode_request(request)
    assert encoded["length"] == "short" and encoded["source"] == {"kind": "text", "value": "Bonjour"}
    assert plain_json_types(encoded)
    assert decode_request(json.loads(json.dumps(encoded))) == request


def test_unknown_keys_are_ignored_and_missing_optional_fields_take_defaults() -> None:
    data = {"source": {"kind": "url", "value": "https://example.org", "added_later": 1}, "priority": "high"}
    assert decode_request(data) == Request(Source(SourceKind.URL, "https://example.org"))


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"source": {"kind": "url"}}, "source.value"),
        ({"source": {"kind": "carrier-pigeon", "value": "x"}}, "source.kind"),
        ([1, 2], "must be an object"),
    ],
)
def test_a_malformed_request_is_a_codec_error_that_says_where(data: object, problem: str) -> None:
    with pytest.raises(CodecError, match=problem):
        decode_request(data)


def test_progress_events_round_trip() -> None:
    event = ProgressEvent("detected", {"language": "hy", "confidence": 0.9})
    assert decode_progress(json.loads(json.dumps(encode_progress(event)))) == event


def test_a_success_envelope_opens_to_the_result() -> None:
    result = rich_result()
    assert open_payload(json.loads(json.dumps(success_payload(result)))) == result


def test_a_user_error_is_raised_again_as_its_own_class_with_its_message() -> None:
    payload = json.loads(json.dumps(user_error_payload(FetchFailed("The page answered 404."))))
    with pytest.raises(FetchFailed) as raised:
        open_payload(payload)
    assert raised.value.user_message == "The page answered 404."


def test_an_error_class_this_process_does_not_know_becomes_the_base_user_error() -> None:
    error = decode_user_error({"type": "NewErrorFromANewerWorker", "message": "Something to tell the user."})
    assert type(error) is AttribotError
    assert error.user_message == "Something to tell the user."


def test_an_error_payload_cannot_name_a_class_outside_the_user_errors() -> None:
    error = decode_user_error({"type": "SystemExit", "message": "bye"})
    assert type(error) is AttribotError


def test_a_subclass_is_rebuilt_without_calling_its_own_constructor() -> None:
    class NeedsTwoArguments(UnsupportedLanguage):
        def __init__(self, code: str, reason: str) -> None:
            super().__init__(f"{code}: {reason}")

    error = decode_user_error({"type": "NeedsTwoArguments", "message": "xx: no model"})
    assert type(error) is NeedsTwoArguments and error.user_message == "xx: no model"


def test_a_failure_envelope_is_a_remote_job_failure_not_a_user_error() -> None:
    with pytest.raises(RemoteJobFailed, match="ValueError: bad state"):
        open_payload(failure_payload(ValueError("bad state")))


@pytest.mark.parametrize("payload", [None, "result", {"outcome": 1}, {"failure": "text"}, {"error": {"type": "X"}}])
def test_a_payload_of_the_wrong_shape_is_a_codec_error(payload: object) -> None:
    with pytest.raises(CodecError):
        open_payload(payload)
