stub: upstream file of 344 bytes
