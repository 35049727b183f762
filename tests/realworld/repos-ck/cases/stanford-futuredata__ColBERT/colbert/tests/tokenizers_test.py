stub: upstream file of 8289 bytes
