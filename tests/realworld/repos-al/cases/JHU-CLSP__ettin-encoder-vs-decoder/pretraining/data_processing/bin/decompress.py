stub: upstream file of 5289 bytes
