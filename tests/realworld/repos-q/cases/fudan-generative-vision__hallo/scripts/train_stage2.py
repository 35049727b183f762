stub: upstream file of 37347 bytes
