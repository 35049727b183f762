stub: upstream file of 33204 bytes
