// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>

namespace convlab::engine {

// A fixed-size array aligned for the widest vectors (64 bytes). FFTW plans made on one such
// array run on any other (same alignment), which lets each worker own its buffers.
template <typename T> class AlignedBuffer final {
  public:
    AlignedBuffer() = default;
    explicit AlignedBuffer(std::size_t count) : m_count(count), m_data(allocate(count)) {}

    T* data() const { return m_data.get(); }
    std::size_t size() const { return m_count; }

  private:
    static constexpr std::size_t kAlignment = 64;
    struct Free {
        void operator()(T* p) const { std::free(p); }
    };

    static T* allocate(std::size_t count)
    {
        const std::size_t bytes = (count * sizeof(T) + kAlignment - 1) / kAlignment * kAlignment;
        void* p = std::aligned_alloc(kAlignment, bytes == 0 ? kAlignment : bytes);
        if (!p)
            throw std::bad_alloc();
        return static_cast<T*>(p);
    }

    std::size_t m_count = 0;
    std::unique_ptr<T, Free> m_data;
};

} // namespace convlab::engine
