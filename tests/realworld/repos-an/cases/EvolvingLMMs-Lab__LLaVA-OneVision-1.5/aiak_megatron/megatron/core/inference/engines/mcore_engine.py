stub: upstream file of 9532 bytes
