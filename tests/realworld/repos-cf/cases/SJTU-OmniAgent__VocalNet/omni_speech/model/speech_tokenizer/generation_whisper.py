stub: upstream file of 94054 bytes
