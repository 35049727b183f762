stub: upstream file of 27347 bytes
