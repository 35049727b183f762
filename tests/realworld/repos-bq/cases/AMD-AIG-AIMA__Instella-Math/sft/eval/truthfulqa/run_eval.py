stub: upstream file of 22285 bytes
