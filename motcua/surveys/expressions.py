"""The part of XLSForm's expression language that questionnaires use for `relevant` (show if)
and `constraint`: `${name}`, `.` (the answer being checked), strings, numbers, comparison
(= != < <= > >=), `and`, `or`, `not(...)`, `selected(${name}, 'value')`,
`count-selected(${name})`, `string-length(...)` and parentheses.

Evaluated on stored answers only, never with eval(). An expression outside this subset is
reported by `parse` and treated by the callers as "always true", so a question is shown
rather than hidden and an answer is accepted rather than refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<ref>\$\{[A-Za-z_][\w.-]*\})
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<string>'[^']*'|"[^"]*")
    | (?P<op><=|>=|!=|=|<|>|\(|\)|,)
    | (?P<word>[A-Za-z][\w-]*)
    | (?P<dot>\.)
    )""",
    re.VERBOSE,
)
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})

Node = Callable[[Mapping[str, Any], Any], Any]


class ExpressionError(ValueError):
    pass


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str


def _tokens(text: str) -> list[_Token]:
    text = text.translate(_QUOTES)
    tokens, position = [], 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise ExpressionError(f"cannot read “{text[position : position + 20]}”")
        kind = match.lastgroup or ""
        tokens.append(_Token(kind, match.group(kind)))
        position = match.end()
    return tokens


def parse(text: str) -> Node:
    """A function of (answers, current answer) that evaluates the expression."""
    parser = _Parser(_tokens(text))
    node = parser.disjunction()
    if parser.position != len(parser.tokens):
        raise ExpressionError(f"unexpected “{parser.tokens[parser.position].text}”")
    return node


def evaluate(text: str, answers: Mapping[str, Any], current: Any = None) -> bool:
    """True when the expression holds; an empty expression always holds."""
    if not text.strip():
        return True
    return _truthy(parse(text)(answers, current))


def _truthy(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value)
    return value not in (None, "", False, 0)


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _compare(op: str, left: Any, right: Any) -> bool:
    if isinstance(left, list):
        left = " ".join(str(v) for v in left)
    a, b = _number(left), _number(right)
    if a is not None and b is not None:
        pair: tuple[Any, Any] = (a, b)
    else:
        pair = ("" if left is None else str(left), "" if right is None else str(right))
    if op == "=":
        return pair[0] == pair[1]
    if op == "!=":
        return pair[0] != pair[1]
    if a is None or b is None:
        return False  # an empty answer is neither more nor less than a number
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value).split()


def _either(left: Node, right: Node) -> Node:
    def node(answers: Mapping[str, Any], current: Any) -> bool:
        return _truthy(left(answers, current)) or _truthy(right(answers, current))

    return node


def _both(left: Node, right: Node) -> Node:
    def node(answers: Mapping[str, Any], current: Any) -> bool:
        return _truthy(left(answers, current)) and _truthy(right(answers, current))

    return node


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens, self.position = tokens, 0

    def peek(self) -> _Token | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, text: str | None = None) -> _Token:
        token = self.peek()
        if token is None or (text is not None and token.text != text):
            raise ExpressionError(f"expected “{text}”" if text else "unexpected end")
        self.position += 1
        return token

    def disjunction(self) -> Node:
        node = self.conjunction()
        while (token := self.peek()) and token.kind == "word" and token.text == "or":
            self.take()
            node = _either(node, self.conjunction())
        return node

    def conjunction(self) -> Node:
        node = self.comparison()
        while (token := self.peek()) and token.kind == "word" and token.text == "and":
            self.take()
            node = _both(node, self.comparison())
        return node

    def comparison(self) -> Node:
        node = self.operand()
        token = self.peek()
        if token and token.kind == "op" and token.text in {"=", "!=", "<", "<=", ">", ">="}:
            op = self.take().text
            left, right = node, self.operand()
            return lambda a, c: _compare(op, left(a, c), right(a, c))
        return node

    def operand(self) -> Node:
        token = self.take()
        if token.kind == "ref":
            name = token.text[2:-1]
            return lambda a, c: a.get(name)
        if token.kind == "dot":
            return lambda a, c: c
        if token.kind == "number":
            number = float(token.text)
            return lambda a, c: number
        if token.kind == "string":
            value = token.text[1:-1]
            return lambda a, c: value
        if token.text == "(":
            node = self.disjunction()
            self.take(")")
            return node
        if token.kind == "word" and token.text in ("true", "false"):
            self.take("(")
            self.take(")")
            truth = token.text == "true"
            return lambda a, c: truth
        if token.kind == "word":
            return self.function(token.text)
        raise ExpressionError(f"unexpected “{token.text}”")

    def function(self, name: str) -> Node:
        self.take("(")
        arguments: list[Node] = []
        if (token := self.peek()) and token.text != ")":
            arguments.append(self.disjunction())
            while (token := self.peek()) and token.text == ",":
                self.take(",")
                arguments.append(self.disjunction())
        self.take(")")
        if name == "not" and len(arguments) == 1:
            (inner,) = arguments
            return lambda a, c: not _truthy(inner(a, c))
        if name == "selected" and len(arguments) == 2:
            field, wanted = arguments
            return lambda a, c: str(wanted(a, c)) in _as_list(field(a, c))
        if name == "count-selected" and len(arguments) == 1:
            (field,) = arguments
            return lambda a, c: len(_as_list(field(a, c)))
        if name == "string-length" and len(arguments) == 1:
            (field,) = arguments
            return lambda a, c: len("" if field(a, c) is None else str(field(a, c)))
        raise ExpressionError(f"the function {name}() is not supported")
