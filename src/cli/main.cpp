#include "cli/run.h"

int main(int argc, char** argv) { return bosai::cli::run(argc, argv); }
