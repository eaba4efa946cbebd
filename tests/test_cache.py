"""Text caches: each text computed once while held, let go past the budget or when cleared."""

from claimcheck.cache import _TextCache


def counting_cache(budget: int = 100) -> tuple[_TextCache, list[str]]:
    calls: list[str] = []

    def work(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    return _TextCache(work, budget), calls


def test_the_same_text_asked_again_is_not_computed_again():
    cache, calls = counting_cache()
    text = "one two three"
    first = cache(text)
    assert cache(text) is first and cache(text) is first
    assert cache("four") == ["four"]
    assert cache(text) is first  # still held, though no longer the last asked
    assert calls == [text, "four"]


def test_an_equal_text_that_is_another_object_gets_the_held_value():
    cache, calls = counting_cache()
    first = cache("one two")
    assert cache("".join(["one", " two"])) is first
    assert calls == ["one two"]


def test_a_cleared_cache_computes_again():
    cache, calls = counting_cache()
    text = "one two"
    cache(text)
    cache.cache_clear()
    cache(text)
    assert calls == [text, text]


def test_released_long_texts_are_computed_again():
    cache, calls = counting_cache(budget=1_000)
    text = "x " * 200
    cache(text)
    cache.release_long(100)
    cache(text)
    assert calls == [text, text]
    assert cache.held == len(text) + 1


def test_past_the_budget_the_oldest_text_goes():
    cache, calls = counting_cache(budget=12)
    cache("aaaa")
    cache("bbbb")
    cache("cccc")  # 15 characters held: "aaaa" goes
    cache("aaaa")
    assert calls == ["aaaa", "bbbb", "cccc", "aaaa"]
