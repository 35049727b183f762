stub: upstream file of 47054 bytes
