stub: upstream file of 3417 bytes
