stub: upstream file of 28532 bytes
