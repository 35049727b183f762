stub: upstream file of 16414 bytes
