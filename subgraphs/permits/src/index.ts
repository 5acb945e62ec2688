// placeholder: the permits subgraph is being built
