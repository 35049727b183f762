stub: upstream file of 26713 bytes
