stub: upstream file of 5381 bytes
