#pragma once
// copyWith(): the body of the immutable values' one-member with*() functions (NodeSnapshot,
// ClusterSnapshot): a copy of `value` with `member` replaced.

#include <utility>

template<typename T, typename Member, typename Replacement>
T copyWith(const T &value, Member T::*member, Replacement &&replacement)
{
    T copy = value;
    copy.*member = std::forward<Replacement>(replacement);
    return copy;
}
