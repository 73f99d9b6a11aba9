"""The cache of the built-in glossary (cache.py): what comes back from it is
what building the glossary gives, and a stale or broken cache is rebuilt."""

import marshal
import os
import unittest
from unittest import mock

from glossary import cache, entries, find, sources


def fresh():
    glossary = entries.build(sources.builtin_gloss_files())
    return glossary, find.compile(glossary)


class Cache(unittest.TestCase):
    def assertSameIndex(self, got, expected):
        (glossary, index), (expected_glossary, expected_index) = got, expected
        self.assertEqual(glossary.entries, expected_glossary.entries)
        self.assertEqual(index.by_anchor.keys(), expected_index.by_anchor.keys())
        for key, items in expected_index.by_anchor.items():
            self.assertEqual([(i.pattern, i.entry, i.order) for i in index.by_anchor[key]],
                             [(i.pattern, i.entry, i.order) for i in items], key)

    def test_freeze_and_thaw_give_back_the_index(self):
        glossary, index = fresh()
        frozen = marshal.loads(marshal.dumps(cache._freeze(glossary, index)))
        self.assertSameIndex(cache._thaw(frozen), (glossary, index))

    def test_builtin_is_the_same_as_building_it(self):
        self.assertSameIndex(cache.builtin(), fresh())  # built or read
        self.assertSameIndex(cache.builtin(), fresh())  # read

    def test_a_stale_or_broken_cache_is_rebuilt(self):
        cache.builtin()
        with open(cache._path(), "rb") as stored:
            key, frozen = marshal.load(stored)
        for content in (marshal.dumps((("stale",), frozen)), b"not marshal data"):
            with self.subTest(content=content[:10]):
                with open(cache._path(), "wb") as broken:
                    broken.write(content)
                self.assertSameIndex(cache.builtin(), fresh())
                with open(cache._path(), "rb") as stored:
                    self.assertEqual(marshal.load(stored)[0], cache._key())

    def test_a_folder_it_cannot_write_is_no_error(self):
        with mock.patch.object(cache, "_path", lambda: os.path.join("/nonexistent", "sub", "x.marshal")):
            self.assertSameIndex(cache.builtin(), fresh())


if __name__ == "__main__":
    unittest.main()
