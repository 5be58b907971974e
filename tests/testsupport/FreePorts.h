#pragma once
// Finds TCP ports on 127.0.0.1 that nobody listens on, for servers a test starts. A port is
// only free at the moment of the check, so callers retry when a start reports "in use".

#include <QList>
#include <optional>

class FreePorts final
{
public:
    // One free port chosen by the kernel (bind to port 0).
    static std::optional<quint16> one();

    // `count` consecutive free ports (first, first+1, ...), for a cluster: load balancer,
    // stats, then one per node with spares for nodes added later. Starts at a random place
    // below the kernel's ephemeral range so parallel tests rarely collide.
    static std::optional<quint16> block(int count);

    static bool isFree(quint16 port);
};
