stub: upstream file of 10328 bytes
