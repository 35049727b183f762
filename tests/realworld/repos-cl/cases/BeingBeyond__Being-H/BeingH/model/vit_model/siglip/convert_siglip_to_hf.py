stub: upstream file of 20307 bytes
