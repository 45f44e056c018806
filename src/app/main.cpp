#include "app/cli.hpp"

int main(int argc, char** argv) { return wiremap::app::run(argc, argv); }
