stub: upstream file of 39532 bytes
