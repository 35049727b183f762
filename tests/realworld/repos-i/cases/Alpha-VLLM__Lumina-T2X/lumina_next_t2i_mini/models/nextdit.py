stub: upstream file of 33220 bytes
