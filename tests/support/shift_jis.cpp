#include "support/shift_jis.h"

#include <iconv.h>

#include <stdexcept>

namespace bosai::test {

std::string to_cp932(const std::string& utf8) {
  iconv_t cd = iconv_open("CP932", "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv has no CP932");
  std::string out(utf8.size() * 2, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size(), out_left = out.size();
  char* dst = out.data();
  const auto converted = iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  if (converted == static_cast<std::size_t>(-1)) throw std::runtime_error("text has no CP932 form");
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace bosai::test
