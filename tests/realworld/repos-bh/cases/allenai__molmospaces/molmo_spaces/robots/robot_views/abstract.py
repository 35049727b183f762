stub: upstream file of 30532 bytes
