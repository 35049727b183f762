stub: upstream file of 13081 bytes
