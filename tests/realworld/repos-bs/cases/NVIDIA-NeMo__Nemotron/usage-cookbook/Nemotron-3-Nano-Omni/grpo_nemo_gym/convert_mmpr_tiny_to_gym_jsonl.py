stub: upstream file of 14307 bytes
