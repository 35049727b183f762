stub: upstream file of 2054 bytes
