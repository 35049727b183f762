stub: upstream file of 7354 bytes
