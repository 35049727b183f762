stub: upstream file of 2285 bytes
