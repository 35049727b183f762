stub: upstream file of 8911 bytes
