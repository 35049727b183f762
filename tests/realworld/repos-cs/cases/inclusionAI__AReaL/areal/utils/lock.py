stub: upstream file of 2995 bytes
