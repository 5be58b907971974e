// clusterdesk-node: see NodeOptions.h for the flags.
int main()
{
    return 0;
}
