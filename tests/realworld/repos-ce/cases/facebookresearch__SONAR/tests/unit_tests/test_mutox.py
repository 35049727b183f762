stub: upstream file of 4323 bytes
