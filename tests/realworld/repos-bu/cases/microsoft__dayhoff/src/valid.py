stub: upstream file of 8344 bytes
