stub: upstream file of 209469 bytes
