stub: upstream file of 9358 bytes
