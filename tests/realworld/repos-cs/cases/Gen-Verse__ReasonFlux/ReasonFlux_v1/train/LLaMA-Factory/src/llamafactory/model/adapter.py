stub: upstream file of 12924 bytes
