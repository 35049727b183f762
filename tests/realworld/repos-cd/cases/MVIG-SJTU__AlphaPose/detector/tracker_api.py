stub: upstream file of 10311 bytes
