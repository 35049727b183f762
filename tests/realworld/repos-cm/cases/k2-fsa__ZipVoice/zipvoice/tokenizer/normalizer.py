stub: upstream file of 6289 bytes
