#pragma once
// The command-line verbs of `wiremap`. Each returns the process exit code; errors are printed
// as one clear line on stderr ("wiremap: FILE: problem").
#include <string>
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

}  // namespace wiremap::app
