#pragma once

#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>

namespace reelcut {

// Hands items made out of order (by several workers) to one consumer in sequence order:
// put() files an item under its number, take(n) waits until item n is there. It holds
// no more than the producers make; what bounds it is the pool they take their work from.
// close() wakes the consumer: take() then returns what is there and nullopt for the rest.
template <typename T> class ReorderBuffer {
public:
    void put(std::int64_t number, T item) {
        std::lock_guard lock(mutex_);
        items_.emplace(number, std::move(item));
        arrived_.notify_all();
    }

    std::optional<T> take(std::int64_t number) {
        std::unique_lock lock(mutex_);
        arrived_.wait(lock, [&] { return closed_ || items_.count(number) != 0; });
        const auto it = items_.find(number);
        if (it == items_.end()) {
            return std::nullopt;
        }
        T item = std::move(it->second);
        items_.erase(it);
        return item;
    }

    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        arrived_.notify_all();
    }

private:
    std::map<std::int64_t, T> items_;
    bool closed_ = false;
    std::mutex mutex_;
    std::condition_variable arrived_;
};

} // namespace reelcut
