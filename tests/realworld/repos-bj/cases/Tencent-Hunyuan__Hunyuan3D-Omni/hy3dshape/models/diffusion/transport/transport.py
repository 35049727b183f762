stub: upstream file of 15291 bytes
