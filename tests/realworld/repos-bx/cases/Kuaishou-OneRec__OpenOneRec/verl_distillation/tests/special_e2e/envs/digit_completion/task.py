stub: upstream file of 6361 bytes
