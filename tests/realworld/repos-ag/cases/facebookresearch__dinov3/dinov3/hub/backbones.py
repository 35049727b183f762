stub: upstream file of 17247 bytes
