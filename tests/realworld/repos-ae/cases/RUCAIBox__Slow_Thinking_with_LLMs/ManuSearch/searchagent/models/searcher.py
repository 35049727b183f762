stub: upstream file of 16449 bytes
