stub: upstream file of 11466 bytes
