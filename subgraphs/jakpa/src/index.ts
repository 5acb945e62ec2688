// placeholder: the jakpa subgraph is being built
