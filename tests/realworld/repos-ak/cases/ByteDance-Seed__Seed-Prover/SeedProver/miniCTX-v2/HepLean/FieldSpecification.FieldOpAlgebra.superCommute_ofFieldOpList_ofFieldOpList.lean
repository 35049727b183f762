stub: upstream file of 15367 bytes
