stub: upstream file of 11264 bytes
