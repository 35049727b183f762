stub: upstream file of 11938 bytes
