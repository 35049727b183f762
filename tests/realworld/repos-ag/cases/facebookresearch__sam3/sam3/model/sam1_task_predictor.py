stub: upstream file of 19600 bytes
