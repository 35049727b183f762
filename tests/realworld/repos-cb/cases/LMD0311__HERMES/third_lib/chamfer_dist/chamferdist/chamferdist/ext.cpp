stub: upstream file of 289 bytes
