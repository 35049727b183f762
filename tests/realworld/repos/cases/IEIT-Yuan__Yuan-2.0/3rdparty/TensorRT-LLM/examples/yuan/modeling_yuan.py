stub: upstream file of 42626 bytes
