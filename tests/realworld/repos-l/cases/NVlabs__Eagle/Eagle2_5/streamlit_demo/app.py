stub: upstream file of 23967 bytes
