stub: upstream file of 26986 bytes
