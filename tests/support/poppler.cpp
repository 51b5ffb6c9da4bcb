#include "support/poppler.h"

#include <array>
#include <cstdio>
#include <fstream>

namespace bosai::test {

bool have_poppler() { return std::system("pdftotext -v > /dev/null 2>&1") == 0; }

std::string poppler(const std::string& tool, const std::filesystem::path& pdf) {
  std::string out;
  const std::string to_stdout = tool.rfind("pdftotext", 0) == 0 ? " -" : "";  // pdftotext writes a file otherwise
  FILE* pipe = popen((tool + " '" + pdf.string() + "'" + to_stdout + " 2>/dev/null").c_str(), "r");
  if (!pipe) return out;
  std::array<char, 4096> buffer{};
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), n);
  return pclose(pipe) == 0 ? out : std::string();
}

std::filesystem::path written(const TempDir& dir, const std::string& pdf, const std::string& name) {
  const auto file = dir / name;
  std::ofstream(file, std::ios::binary) << pdf;
  return file;
}

}  // namespace bosai::test
