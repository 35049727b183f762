stub: upstream file of 41436 bytes
