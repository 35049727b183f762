stub: upstream file of 16963 bytes
