"""toolkit.memo.Memo: each key worked out once, everything forgotten at the limit."""

from toolkit.memo import Memo


def test_a_value_is_worked_out_once_a_key_and_forgotten_at_the_limit():
    calls: list[str] = []

    def compute(word: str) -> int:
        calls.append(word)
        return len(word)

    memo = Memo(compute, limit=2)
    assert list(map(memo.__getitem__, ["推进", "推进", "新质生产力"])) == [2, 2, 5]
    assert calls == ["推进", "新质生产力"]
    assert memo["改革"] == 2  # a third key: the two held are forgotten first
    assert dict(memo) == {"改革": 2} and calls[-1] == "改革"
