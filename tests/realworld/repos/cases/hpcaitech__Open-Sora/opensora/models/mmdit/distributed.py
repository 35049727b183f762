stub: upstream file of 38230 bytes
