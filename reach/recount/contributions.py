"""What adds up to each table counted from answers, declared by name.

Each contribution is a `Select` mapping columns of the target table to SQL expressions: the keys
(`contribution_keys`: the session, the person, the table's own keys; the place follows from the
session), `presence` (a row exists where the presences of its key add up to more than 0; a choice
ticked 0 times on paper makes none), and the values it counts. A column it does not name is filled
in by name (`contribution_layout`): 0 for a count, NULL for a column that may be null (nothing
known). A new figure is a field of the rollup model, its name among the table's values
(`reach.recount.tables`), and one entry in the contribution that counts it, for example

    Select({"session_id": t["session"], ..., "attempts": "COUNT(*)"}, f"{t} JOIN {pt} ON ...")

The answers of quizzes are grouped once by session, person, question and set of choices (`qa`,
`quiz_answers`), and the questions and the choices are counted from those groups; survey answers
likewise (`sa`). Whatever a participant the trainer removed sent counts nowhere (`_present`).
Source tables and their columns are named by their models (`Source`). The functions read the
recount (`DatabaseCount`): which sessions are live, the pairs a code makes, the paper tallies'
per-question figures, the paper tallies held back for a coordinator's review (they count nowhere).
"""

from typing import TYPE_CHECKING

from quizzes.models import Answer, Attempt, PaperChoiceCount, PaperTally, Phase
from reach.recount.sql import Query, Select, Source, quoted, sql
from reach.recount.tables import (
    PLACE,
    QUIZ,
    QUIZ_CHOICE,
    QUIZ_QUESTION,
    SURVEY,
    SURVEY_CHOICE,
    Table,
)
from surveys.models import Response, ResponseAnswer
from workshops.models import Participant, Session
from workshops.models.choices import Gender

if TYPE_CHECKING:
    from reach.recount.database import DatabaseCount


def own_keys(table: Table) -> tuple[str, ...]:
    """A session cell's key after the session and its place: the person, then the table's own."""
    return table.key[1 + len(PLACE) :]


def contribution_keys(table: Table) -> tuple[str, ...]:
    """What a contribution is keyed by: the session, the person and the table's own keys (the
    place follows from the session)."""
    return ("session_id", *own_keys(table))


def contribution_layout(table: Table, *extra: str) -> dict[str, str | None]:
    """The columns of a table's contributions, in order, and what a contribution that does not
    name one gives: the keys it must name, `presence` and the `extra` columns of a comparison (0),
    then the table's values (0; NULL for a column that may be null, where nothing is known)."""
    layout: dict[str, str | None] = dict.fromkeys(contribution_keys(table))
    layout |= dict.fromkeys(("presence", *extra), "0")
    for name in table.values:
        layout[name] = "NULL" if table.model._meta.get_field(name).null else "0"
    return layout


def _person(pt: Source) -> dict[str, str]:
    """A participant's person: their role is the cell's audience."""
    return {"audience": pt["role"], "gender": pt["gender"], "age_band": pt["age_band"]}


def _present(pt: Source) -> Query:
    """Only participants the trainer did not remove count: neither they nor their answers."""
    return sql(f"{pt['removed_at']} IS NULL")


def _paper_person(s: Source) -> dict[str, str | Query]:
    """A paper sheet's person: the session's audience and age band, gender not stated."""
    return {
        "audience": s["audience"],
        "gender": sql("%s", Gender.NOT_STATED.value),
        "age_band": s["age_band"],
    }


def _grouped(alias: str, table: Table) -> dict[str, str]:
    """The keys of a table's contribution, as the answers grouped in `qa` or `sa` name them."""
    return {
        name: f"{alias}.{quoted(name)}" for name in contribution_keys(table) if name != "choice_key"
    }


def _answers_of(session: str, by_month: bool) -> tuple[str, str]:
    """Whom answers are grouped under: their session, or `by_month` the first session of its
    place and month (`slot` of `p`, the places), and the join that finds it."""
    if by_month:
        return "p.slot", f" JOIN p ON p.session_id = {session}"
    return session, ""


def quiz_answers(count: "DatabaseCount", *, by_month: bool = False) -> Select:
    """`qa`: phone answers by session (`by_month`: by place and month), person, quiz, phase,
    question and set of choices."""
    a, t, pt = Source(Answer, "a"), Source(Attempt, "t"), Source(Participant, "pt")
    session, place = _answers_of(t["session"], by_month)
    grouped = {
        "session_id": session,
        **_person(pt),
        "quiz_key": t["quiz_key"],
        "phase": t["phase"],
        "question_key": a["question_key"],
        "choice_keys": a["choice_keys"],
        "is_correct": a["is_correct"],
    }
    return Select(
        grouped | {"n": "COUNT(*)", "length": count.dialect.length(a["choice_keys"])},
        f"{a} JOIN {t} ON {t['id']} = {a['attempt']} JOIN {pt} ON {pt['id']} = {t['participant']}"
        + place,
        where=(count.live_only(t["session"]), _present(pt)),
        group_by=tuple(grouped),
    )


def survey_answers(count: "DatabaseCount", *, by_month: bool = False) -> Select:
    """`sa`: survey answers with choices (free texts are never rolled up), by session
    (`by_month`: by place and month), person, survey, phase, question and set of choices."""
    a, r, pt = Source(ResponseAnswer, "a"), Source(Response, "r"), Source(Participant, "pt")
    session, place = _answers_of(r["session"], by_month)
    grouped = {
        "session_id": session,
        **_person(pt),
        "survey_key": r["survey_key"],
        "phase": r["phase"],
        "question_key": a["question_key"],
        "choice_keys": a["choice_keys"],
    }
    return Select(
        grouped | {"n": "COUNT(*)", "length": count.dialect.length(a["choice_keys"])},
        f"{a} JOIN {r} ON {r['id']} = {a['response']} JOIN {pt} ON {pt['id']} = {r['participant']}"
        + place,
        where=(
            sql(f"{count.dialect.length(a['choice_keys'])} > 0"),
            count.live_only(r["session"]),
            _present(pt),
        ),
        group_by=tuple(grouped),
    )


def quiz_rows(count: "DatabaseCount") -> list[Select]:
    """Attempts and scores per person, paper sheets, and the pairs: by phone (a participant
    who took both tests) and by code, on the post-test's row (which its attempt makes)."""
    t, pt = Source(Attempt, "t"), Source(Participant, "pt")
    pa, s = Source(PaperTally, "pa"), Source(Session, "s")
    pre, post = Source(Attempt, "pre"), Source(Attempt, "post")
    attempts = Select(
        {
            "session_id": t["session"],
            **_person(pt),
            "quiz_key": t["quiz_key"],
            "phase": t["phase"],
            "presence": "1",
            "attempts": "COUNT(*)",
            "passed": f"SUM(CASE WHEN {t['passed']} THEN 1 ELSE 0 END)",
            "correct": f"SUM({t['correct_count']})",
            "questions": f"SUM({t['question_count']})",
        },
        f"{t} JOIN {pt} ON {pt['id']} = {t['participant']}",
        where=(count.live_only(t["session"]), _present(pt)),
        group_by=contribution_keys(QUIZ),
    )
    sheets = Select(
        {
            "session_id": pa["session"],
            **_paper_person(s),
            "quiz_key": pa["quiz_key"],
            "phase": pa["phase"],
            "presence": "1",
            "paper_sheets": pa["sheets"],
        },
        f"{pa} JOIN {s} ON {s['id']} = {pa['session']}",
        where=(count.paper_live_only(pa, s), count.paper_counted(pa)),
    )
    # A pair makes no row of its own (no presence): the post-test's attempt does.
    paired = {
        "session_id": post["session"],
        **_person(pt),
        "quiz_key": post["quiz_key"],
        "phase": post["phase"],
        "pairs": "COUNT(*)",
        "pair_pre_correct": f"SUM({pre['correct_count']})",
        "pair_pre_questions": f"SUM({pre['question_count']})",
        "pair_post_correct": f"SUM({post['correct_count']})",
        "pair_post_questions": f"SUM({post['question_count']})",
    }
    posts = f"{post} JOIN {pt} ON {pt['id']} = {post['participant']} JOIN"
    by_phone = Select(
        paired,
        sql(
            f"{posts} {pre} ON {pre['participant']} = {post['participant']} "
            f"AND {pre['quiz_key']} = {post['quiz_key']} "
            f"AND {pre['session']} = {post['session']} AND {pre['phase']} = %s",
            Phase.PRE.value,
        ),
        where=(
            sql(f"{post['phase']} = %s", Phase.POST.value),
            count.live_only(post["session"]),
            _present(pt),
        ),
        group_by=contribution_keys(QUIZ),
    )
    code_pairs = count.dialect.rows(
        "cp",
        {"post_id": "bigint", "pre_id": "bigint"},
        [{"post_id": post_id, "pre_id": pre_id} for post_id, pre_id in count.code_pairs],
    )
    by_code = Select(
        paired,
        sql(posts)
        + code_pairs
        + sql(f"ON cp.post_id = {post['id']} JOIN {pre} ON {pre['id']} = cp.pre_id"),
        # The post-test's participant here; `recount` leaves out the pairs of a removed pre-test's.
        where=(_present(pt),),
        group_by=contribution_keys(QUIZ),
    )
    return [attempts, sheets, by_phone, by_code]


def quiz_question_rows(count: "DatabaseCount") -> list[Select]:
    """Per question: answered and correct, on phones and, for questions with one right
    answer, on paper."""
    pa, s = Source(PaperTally, "pa"), Source(Session, "s")
    paper = count.dialect.rows(
        "e",
        {
            "tally_id": "bigint",
            "question_key": "text",
            "answered": "bigint",
            "correct": "bigint",
        },
        count.paper_questions,
    )
    phones = Select(
        _grouped("qa", QUIZ_QUESTION)
        | {
            "presence": "1",
            "answered": "qa.n",
            "correct": "CASE WHEN qa.is_correct THEN qa.n ELSE 0 END",
        },
        "qa",
    )
    sheets = Select(
        {
            "session_id": pa["session"],
            **_paper_person(s),
            "quiz_key": pa["quiz_key"],
            "phase": pa["phase"],
            "question_key": "e.question_key",
            "presence": "1",
            "answered": "e.answered",
            "correct": "e.correct",
        },
        paper
        + sql(f"JOIN {pa} ON {pa['id']} = e.tally_id JOIN {s} ON {s['id']} = {pa['session']}"),
    )
    return [phones, sheets]


def quiz_choice_rows(count: "DatabaseCount") -> list[Select]:
    """Per choice: how many ticked it, on phones and on paper (a row for a choice ticked at
    least once)."""
    pc, pa, s = Source(PaperChoiceCount, "pc"), Source(PaperTally, "pa"), Source(Session, "s")
    join, element = count.dialect.elements("qa", count.longest.get("quiz", 0))
    phones = Select(
        _grouped("qa", QUIZ_CHOICE) | {"choice_key": element, "presence": "qa.n", "count": "qa.n"},
        f"qa {join}",
    )
    sheets = Select(
        {
            "session_id": pa["session"],
            **_paper_person(s),
            "quiz_key": pa["quiz_key"],
            "phase": pa["phase"],
            "question_key": pc["question_key"],
            "choice_key": pc["choice_key"],
            "presence": pc["count"],
            "count": pc["count"],
        },
        f"{pc} JOIN {pa} ON {pa['id']} = {pc['tally']} JOIN {s} ON {s['id']} = {pa['session']}",
        where=(count.paper_live_only(pa, s), count.paper_counted(pa)),
    )
    return [phones, sheets]


def survey_rows(count: "DatabaseCount") -> list[Select]:
    """Responses per person."""
    r, pt = Source(Response, "r"), Source(Participant, "pt")
    responses = Select(
        {
            "session_id": r["session"],
            **_person(pt),
            "survey_key": r["survey_key"],
            "phase": r["phase"],
            "presence": "1",
            "responses": "COUNT(*)",
        },
        f"{r} JOIN {pt} ON {pt['id']} = {r['participant']}",
        where=(count.live_only(r["session"]), _present(pt)),
        group_by=contribution_keys(SURVEY),
    )
    return [responses]


def survey_choice_rows(count: "DatabaseCount") -> list[Select]:
    """Per choice: how many chose it."""
    join, element = count.dialect.elements("sa", count.longest.get("survey", 0))
    chosen = Select(
        _grouped("sa", SURVEY_CHOICE)
        | {"choice_key": element, "presence": "sa.n", "count": "sa.n"},
        f"sa {join}",
    )
    return [chosen]


# Per table counted from answers: what adds up to its rows, for the live sessions.
CONTRIBUTIONS = {
    QUIZ: quiz_rows,
    QUIZ_QUESTION: quiz_question_rows,
    QUIZ_CHOICE: quiz_choice_rows,
    SURVEY: survey_rows,
    SURVEY_CHOICE: survey_choice_rows,
}
