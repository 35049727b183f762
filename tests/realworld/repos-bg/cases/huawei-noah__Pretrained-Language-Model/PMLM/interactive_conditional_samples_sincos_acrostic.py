stub: upstream file of 54532 bytes
