stub: upstream file of 3185 bytes
