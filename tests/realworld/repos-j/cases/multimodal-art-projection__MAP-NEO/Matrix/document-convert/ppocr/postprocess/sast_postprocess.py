stub: upstream file of 13768 bytes
