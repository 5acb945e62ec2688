// placeholder: the health subgraph is being built
