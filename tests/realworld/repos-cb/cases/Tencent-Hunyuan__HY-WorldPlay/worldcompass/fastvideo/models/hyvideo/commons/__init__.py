stub: upstream file of 8236 bytes
