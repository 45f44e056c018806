#include "core/word_table.hpp"

#include <gtest/gtest.h>

#include <string>

using wiremap::text::WordTable;

TEST(WordTable, FindsExactlyTheStoredStrings) {
  const std::string longWord(70, 'x');  // lengths of 63 bytes and more share one length bit
  const std::string longOther(64, 'x');
  WordTable<int> t({{"said", 1}, {"told", 2}, {"according to", 3}, {"a", 4}, {longWord, 5}, {"said", 6}});
  ASSERT_NE(t.find("said"), nullptr);
  EXPECT_EQ(*t.find("said"), 6) << "a key listed twice keeps its last value";
  EXPECT_EQ(*t.find("told"), 2);
  EXPECT_EQ(*t.find("according to"), 3);
  EXPECT_EQ(*t.find("a"), 4);
  EXPECT_EQ(*t.find(longWord), 5);
  EXPECT_EQ(t.find(longOther), nullptr);
  EXPECT_EQ(t.find("Said"), nullptr) << "bytes compare exactly; callers lower-case";
  EXPECT_EQ(t.find("sai"), nullptr);
  EXPECT_EQ(t.find("saidx"), nullptr);
  EXPECT_EQ(t.find("according tO"), nullptr);
  EXPECT_EQ(t.find(""), nullptr);
  EXPECT_TRUE(t.mayHaveLength(4));
  EXPECT_FALSE(t.mayHaveLength(5));
}

TEST(WordTable, ManyKeysWithSharedPrefixesAndSuffixes) {
  // Keys that agree in their first and last eight bytes differ only in the middle.
  std::vector<std::string> keys;
  for (int i = 0; i < 500; ++i) keys.push_back("prefix__" + std::to_string(i) + "__suffix");
  std::vector<std::pair<std::string_view, int>> items;
  for (int i = 0; i < 500; i += 2) items.emplace_back(keys[static_cast<std::size_t>(i)], i);
  WordTable<int> t(items);
  for (int i = 0; i < 500; ++i) {
    const int* v = t.find(keys[static_cast<std::size_t>(i)]);
    if (i % 2) {
      EXPECT_EQ(v, nullptr) << keys[static_cast<std::size_t>(i)];
    } else {
      ASSERT_NE(v, nullptr) << keys[static_cast<std::size_t>(i)];
      EXPECT_EQ(*v, i);
    }
  }
}

TEST(WordTable, EmptyTableFindsNothing) {
  WordTable<bool> t;
  EXPECT_EQ(t.find("anything"), nullptr);
  WordTable<bool> u(std::vector<std::pair<std::string_view, bool>>{});
  EXPECT_EQ(u.find("anything"), nullptr);
}
