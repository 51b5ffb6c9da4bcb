#include "cli/people_access.h"

#include "cli/store_access.h"
#include "core/error.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

namespace bosai::cli {
namespace {

std::string strip_line_end(std::string line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return line;
}

std::string prompt_passphrase() {
  std::FILE* tty = std::fopen("/dev/tty", "r+");
  if (!tty) {
    throw InputError("passphrase", 0, "none given: set BOSAI_PASSPHRASE or pass --passphrase-file FILE");
  }
  std::fputs("people passphrase: ", tty);
  std::fflush(tty);
  termios old{};
  const bool echo_off = tcgetattr(fileno(tty), &old) == 0;
  if (echo_off) {
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
  }
  char buf[1024];
  const bool got = std::fgets(buf, sizeof buf, tty) != nullptr;
  if (echo_off) tcsetattr(fileno(tty), TCSAFLUSH, &old);
  std::fputs("\n", tty);
  std::fclose(tty);
  if (!got) throw InputError("passphrase", 0, "none entered");
  return strip_line_end(buf);
}

}  // namespace

people::Role context_role(const Context& context) {
  if (context.role.empty()) {
    throw InputError("--role", 0, "required for personal data: ward_staff, centre_staff, committee, facilitator "
                                  "or supporter (or set BOSAI_ROLE)");
  }
  const auto role = people::parse_role(context.role);
  if (!role) {
    throw InputError("--role", 0, "unknown role '" + context.role +
                                      "' (ward_staff, centre_staff, committee, facilitator, supporter)");
  }
  return *role;
}

std::string read_passphrase(const Context& context) {
  if (!context.passphrase_file.empty()) {
    std::ifstream in(context.passphrase_file);
    if (!in) throw InputError(context.passphrase_file.string(), 0, "cannot read the passphrase file");
    std::string line;
    std::getline(in, line);
    return strip_line_end(line);
  }
  if (const char* env = std::getenv("BOSAI_PASSPHRASE")) return env;
  return prompt_passphrase();
}

PeopleAccess open_people(const Context& context) {
  const auto role = context_role(context);
  PeopleAccess access;
  access.store = open_store(context);
  access.session = people::open_session(*access.store, role, read_passphrase(context));
  return access;
}

}  // namespace bosai::cli
