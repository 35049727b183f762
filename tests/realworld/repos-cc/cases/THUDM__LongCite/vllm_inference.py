stub: upstream file of 10329 bytes
