stub: upstream file of 421 bytes
