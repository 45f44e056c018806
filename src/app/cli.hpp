#pragma once
// The command-line verbs of `wiremap`. Each returns the process exit code; errors are printed
// as one clear line on stderr ("wiremap: FILE: problem").
#include <string>
#include <string_view>
#include <vector>

namespace wiremap::app {

/// Dispatches argv: `wiremap [FILE]`, `wiremap render ...`, `wiremap extract ...`,
/// `--help`, `--version`.
int run(int argc, char** argv);

int runExtract(const std::vector<std::string>& args);
int runRender(const std::vector<std::string>& args);
/// Opens the window on FILE (or the bundled sample); without a display, renders the sample to
/// a PNG and says where.
int runWindow(const std::vector<std::string>& args);

/// Prints `wiremap: message` on stderr.
void printError(const std::string& message);

/// Strict option values: the whole string must be the number(s), with no sign where none is
/// expected, no spaces and nothing after ("800x600junk" and "5," are refused).
bool parseInt(std::string_view s, int& value);
/// "<int><sep><int>", e.g. "1600x900" or "8,-3".
bool parseIntPair(std::string_view s, char sep, int& first, int& second);

}  // namespace wiremap::app
