stub: upstream file of 3532 bytes
