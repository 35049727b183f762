stub: upstream file of 15328 bytes
