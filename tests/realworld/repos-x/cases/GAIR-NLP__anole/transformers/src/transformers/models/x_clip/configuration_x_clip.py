stub: upstream file of 20308 bytes
