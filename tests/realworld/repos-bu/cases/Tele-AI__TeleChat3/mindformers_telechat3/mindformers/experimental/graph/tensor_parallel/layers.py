stub: upstream file of 18421 bytes
