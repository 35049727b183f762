stub: upstream file of 11987 bytes
