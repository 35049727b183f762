stub: upstream file of 52320 bytes
