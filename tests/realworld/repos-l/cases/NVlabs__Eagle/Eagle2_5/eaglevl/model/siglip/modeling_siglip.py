stub: upstream file of 53164 bytes
