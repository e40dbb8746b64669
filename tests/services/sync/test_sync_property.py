"""Property: random edits/deletes/renames on both sides with randomly interrupted syncs never lose user content.

Every write uses unique content (with a unique length, since wsgidav's ETag cannot tell same-size rewrites
within one second apart). A content counts as knowingly replaced when a user overwrote or deleted it on the
side where they saw it; every other content ever written must still exist after a final sync, and both trees
must then be equal.
"""
from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.common.jobs import CancelToken
from desktop.services.errors import Cancelled
from desktop.services.sync.errors import DeleteGuardTriggered

from .conftest import SyncEnv, tree

NAMES = ["a.txt", "b.txt", "d/c.txt", "d/e/f.txt", "報告.txt"]
op = st.one_of(
    st.tuples(st.just("write"), st.sampled_from("LR"), st.sampled_from(NAMES)),
    st.tuples(st.just("delete"), st.sampled_from("LR"), st.sampled_from(NAMES)),
    st.tuples(st.just("rename"), st.sampled_from("LR"), st.sampled_from(NAMES), st.sampled_from(NAMES)),
    st.tuples(st.just("sync"), st.one_of(st.none(), st.integers(1, 12)),
              st.sampled_from(["ask", "delete", "keep"])),
)


def _interrupt_after(k: int | None) -> tuple[CancelToken, object]:
    token = CancelToken()
    calls = itertools.count(1)

    def progress(fraction, message=""):
        if k is not None and next(calls) >= k:
            token.cancel()
    return token, progress


# derandomized: the same 25 cases on every machine and run (a failure reproduces; no hidden example database)
@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=12))
def test_no_user_content_is_ever_lost(dav, tmp_path, ops):
    env = SyncEnv(dav, Path(tempfile.mkdtemp(dir=tmp_path)) / "work")
    env.remote.mkdir(parents=True, exist_ok=True)
    written: set[bytes] = set()
    replaced: set[bytes] = set()
    counter = itertools.count(1)

    def side_path(side: str, name: str) -> Path:
        return (env.local if side == "L" else env.remote) / name

    for step in ops:
        if step[0] == "rename":
            _, side, src, dst = step
            a, b = side_path(side, src), side_path(side, dst)
            if a.exists() and src != dst:
                if b.exists():
                    replaced.add(b.read_bytes())
                b.parent.mkdir(parents=True, exist_ok=True)
                a.rename(b)
        elif step[0] in ("write", "delete"):
            _, side, name = step
            p = side_path(side, name)
            if p.exists():
                replaced.add(p.read_bytes())
            if step[0] == "write":
                n = next(counter)
                data = f"{side}{n}:".encode() + b"x" * (n * 7)
                (env.write_local if side == "L" else env.write_remote)(name, data)
                written.add(data)
            elif p.exists():
                p.unlink()
        else:
            _, k, policy = step
            token, progress = _interrupt_after(k)
            try:
                env.sync(delete_policy=policy, progress=progress, cancel=token)
            except (Cancelled, DeleteGuardTriggered):
                pass

    env.sync(delete_policy="delete")
    final = env.assert_in_sync()
    present = set(final.values())
    lost = written - replaced - present
    assert not lost, (lost, ops)
    assert not [p for p in tree(env.remote) if ".tosei-part-" in p]
