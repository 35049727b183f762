stub: upstream file of 34343 bytes
