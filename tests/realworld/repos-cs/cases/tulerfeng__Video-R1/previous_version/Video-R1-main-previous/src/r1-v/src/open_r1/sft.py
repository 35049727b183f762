stub: upstream file of 11140 bytes
