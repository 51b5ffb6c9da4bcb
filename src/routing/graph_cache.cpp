#include "routing/graph_cache.h"

#include "routing/road_graph_check.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace bosai::routing {
namespace {

constexpr char kMagic[8] = {'B', 'O', 'S', 'A', 'I', 'R', 'G', '\n'};
// Bump whenever RoadGraph, ImportStats, the profiles or this layout change: an old cache is then rebuilt.
constexpr std::uint32_t kVersion = 2;
constexpr std::size_t kLongestFingerprint = 1 << 16;
using Digest = std::array<unsigned char, crypto_generichash_BYTES>;

void ensure_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::runtime_error write_error(const std::filesystem::path& file) {
  return std::runtime_error("cannot write graph cache " + file.string() + ": " + std::strerror(errno));
}

// Streams the payload to a file descriptor while hashing it.
class Writer {
 public:
  Writer(int fd, const std::filesystem::path& file) : fd_(fd), file_(file) {
    crypto_generichash_init(&hash_, nullptr, 0, crypto_generichash_BYTES);
  }
  template <class T>
  void value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes(&v, sizeof v);
  }
  template <class T>
  void vector(const std::vector<T>& v) {
    value(static_cast<std::uint64_t>(v.size()));
    bytes(v.data(), v.size() * sizeof(T));
  }
  void string(const std::string& s) {
    value(static_cast<std::uint64_t>(s.size()));
    bytes(s.data(), s.size());
  }
  void profile(const Profile& p) { value(static_cast<std::uint8_t>(p)); }
  void flag(const bool& b) { value(static_cast<std::uint8_t>(b ? 1 : 0)); }

  // Writes what is buffered; returns the payload's size and digest.
  std::pair<std::uint64_t, Digest> finish() {
    flush();
    Digest digest{};
    crypto_generichash_final(&hash_, digest.data(), digest.size());
    return {size_, digest};
  }

 private:
  void bytes(const void* data, std::size_t n) {
    crypto_generichash_update(&hash_, static_cast<const unsigned char*>(data), n);
    size_ += n;
    const char* from = static_cast<const char*>(data);
    buffer_.insert(buffer_.end(), from, from + n);
    if (buffer_.size() >= (1 << 20)) flush();
  }
  void flush() {
    const char* at = buffer_.data();
    std::size_t left = buffer_.size();
    while (left > 0) {
      const ssize_t written = ::write(fd_, at, left);
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) throw write_error(file_);
      at += written;
      left -= static_cast<std::size_t>(written);
    }
    buffer_.clear();
  }

  int fd_;
  const std::filesystem::path& file_;
  crypto_generichash_state hash_;
  std::vector<char> buffer_;
  std::uint64_t size_ = 0;
};

// Reads the payload back, hashing it; a size that the rest of the payload cannot hold fails before any
// allocation, so a corrupted count never allocates the machine away.
class Reader {
 public:
  Reader(std::ifstream& in, std::uint64_t payload_size) : in_(in), left_(payload_size) {
    crypto_generichash_init(&hash_, nullptr, 0, crypto_generichash_BYTES);
  }
  template <class T>
  void value(T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes(&v, sizeof v);
  }
  template <class T>
  void vector(std::vector<T>& v) {
    const std::uint64_t size = count(sizeof(T));
    v.resize(size);
    bytes(v.data(), size * sizeof(T));
  }
  void string(std::string& s) {
    s.resize(count(1));
    bytes(s.data(), s.size());
  }
  void profile(Profile& p) {
    const std::uint8_t raw = small(static_cast<std::uint8_t>(Profile::kVehicle));
    p = static_cast<Profile>(raw);
  }
  void flag(bool& b) { b = small(1) == 1; }

  // Everything read, nothing left over, and the digest the header promised.
  bool intact(const Digest& expected) {
    Digest digest{};
    crypto_generichash_final(&hash_, digest.data(), digest.size());
    return ok_ && left_ == 0 && sodium_memcmp(digest.data(), expected.data(), digest.size()) == 0;
  }

 private:
  std::uint64_t count(std::size_t element_size) {
    std::uint64_t size = 0;
    value(size);
    if (size > left_ / element_size) {
      ok_ = false;
      return 0;
    }
    return size;
  }
  std::uint8_t small(std::uint8_t largest) {
    std::uint8_t raw = 0;
    value(raw);
    if (raw > largest) ok_ = false;
    return raw > largest ? 0 : raw;
  }
  void bytes(void* data, std::size_t n) {
    if (!ok_ || n > left_) {
      ok_ = false;
      return;
    }
    in_.read(static_cast<char*>(data), static_cast<std::streamsize>(n));
    if (!in_) {
      ok_ = false;
      return;
    }
    crypto_generichash_update(&hash_, static_cast<const unsigned char*>(data), n);
    left_ -= n;
  }

  std::ifstream& in_;
  std::uint64_t left_;
  bool ok_ = true;
  crypto_generichash_state hash_;
};

// One list of fields for both directions, so reading can never drift from writing.
template <class IO, class Graph>
void fields(IO& io, Graph& g) {
  io.profile(g.profile);
  io.value(g.epsg);
  io.vector(g.node_position);
  io.vector(g.node_xy);
  io.vector(g.first_edge);
  io.vector(g.edge_source);
  io.vector(g.edge_target);
  io.vector(g.length_m);
  io.vector(g.duration_s);
  io.vector(g.edge_geometry);
  io.vector(g.edge_reversed);
  io.vector(g.geometry_first_point);
  io.vector(g.points);
  io.vector(g.points_xy);
  io.vector(g.geometry_start);
  io.vector(g.geometry_end);
  io.vector(g.geometry_forward);
  io.vector(g.geometry_backward);
  auto& s = g.stats;
  io.string(s.source);
  io.string(s.driver);
  io.profile(s.profile);
  io.flag(s.junction_ids);
  io.value(s.epsg);
  for (auto* n : {&s.features_read, &s.features_used, &s.features_not_routable, &s.features_without_line,
                  &s.input_nodes, &s.input_edges, &s.parallel_edges_merged, &s.self_loops_dropped, &s.components,
                  &s.largest_scc_nodes, &s.dropped_nodes, &s.dropped_edges, &s.nodes, &s.edges}) {
    io.value(*n);
  }
  io.value(s.total_length_km);
}

// The header before the payload: magic, version, fingerprint; then the payload's size and digest.
std::string header_start(const std::string& fingerprint) {
  std::string out(kMagic, sizeof kMagic);
  const std::uint64_t length = fingerprint.size();
  out.append(reinterpret_cast<const char*>(&kVersion), sizeof kVersion);
  out.append(reinterpret_cast<const char*>(&length), sizeof length);
  return out + fingerprint;
}

void write_all(int fd, const void* data, std::size_t n, off_t at, const std::filesystem::path& file) {
  const char* from = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t written = ::pwrite(fd, from, n, at);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) throw write_error(file);
    from += written;
    at += written;
    n -= static_cast<std::size_t>(written);
  }
}

// A file made by mkstemp beside the cache: removed unless committed (synced, closed, renamed over the cache).
struct Temporary {
  explicit Temporary(std::string name) : path(std::move(name)), fd(::mkstemp(path.data())) {
    if (fd < 0) throw write_error(path);
  }
  ~Temporary() {
    if (fd >= 0) ::close(fd);
    std::error_code ignored;
    if (!committed) std::filesystem::remove(path, ignored);
  }
  Temporary(const Temporary&) = delete;
  Temporary& operator=(const Temporary&) = delete;

  void commit_as(const std::filesystem::path& target) {
    if (::fsync(fd) != 0) throw write_error(path);
    const int closing = std::exchange(fd, -1);
    if (::close(closing) != 0) throw write_error(path);
    std::error_code ec;
    std::filesystem::rename(path, target, ec);
    if (ec) throw std::runtime_error("cannot replace graph cache " + target.string() + ": " + ec.message());
    committed = true;
  }

  std::string path;
  int fd;
  bool committed = false;
};

}  // namespace

std::optional<RoadGraph> read_graph_cache(const std::filesystem::path& cache_file, const std::string& fingerprint) {
  if (fingerprint.size() > kLongestFingerprint) return std::nullopt;
  ensure_sodium();
  std::error_code ec;
  const std::uintmax_t file_size = std::filesystem::file_size(cache_file, ec);
  std::ifstream in(cache_file, std::ios::binary);
  if (ec || !in) return std::nullopt;

  const std::string expected = header_start(fingerprint);
  std::string start(expected.size(), '\0');
  std::uint64_t payload_size = 0;
  Digest digest{};
  in.read(start.data(), static_cast<std::streamsize>(start.size()));
  in.read(reinterpret_cast<char*>(&payload_size), sizeof payload_size);
  in.read(reinterpret_cast<char*>(digest.data()), static_cast<std::streamsize>(digest.size()));
  const std::uint64_t header_size = expected.size() + sizeof payload_size + digest.size();
  if (!in || start != expected || file_size < header_size || file_size - header_size != payload_size) {
    return std::nullopt;
  }
  Reader reader(in, payload_size);
  RoadGraph graph;
  fields(reader, graph);
  if (!reader.intact(digest) || !road_graph_problem(graph).empty()) return std::nullopt;
  return graph;
}

void write_graph_cache(const std::filesystem::path& cache_file, const std::string& fingerprint, const RoadGraph& graph) {
  if (fingerprint.size() > kLongestFingerprint) throw std::invalid_argument("graph cache fingerprint too long");
  ensure_sodium();
  std::filesystem::create_directories(cache_file.parent_path());
  Temporary temporary(cache_file.string() + ".XXXXXX");
  const std::string start = header_start(fingerprint);
  const auto size_at = static_cast<off_t>(start.size());
  const auto digest_at = static_cast<off_t>(start.size() + sizeof(std::uint64_t));
  write_all(temporary.fd, start.data(), start.size(), 0, temporary.path);
  if (::lseek(temporary.fd, digest_at + static_cast<off_t>(sizeof(Digest)), SEEK_SET) < 0) {
    throw write_error(temporary.path);
  }
  Writer writer(temporary.fd, temporary.path);
  fields(writer, graph);
  const auto [size, digest] = writer.finish();
  // Size and digest last: a temporary cut short by a crash carries no digest that could match.
  write_all(temporary.fd, &size, sizeof size, size_at, temporary.path);
  write_all(temporary.fd, digest.data(), digest.size(), digest_at, temporary.path);
  temporary.commit_as(cache_file);
}

}  // namespace bosai::routing
