stub: upstream file of 4347 bytes
