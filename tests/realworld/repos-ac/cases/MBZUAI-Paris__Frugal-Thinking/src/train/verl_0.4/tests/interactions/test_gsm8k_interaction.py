stub: upstream file of 17341 bytes
