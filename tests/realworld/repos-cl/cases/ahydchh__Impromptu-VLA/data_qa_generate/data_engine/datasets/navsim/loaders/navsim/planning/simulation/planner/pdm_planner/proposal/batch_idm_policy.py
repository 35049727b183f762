stub: upstream file of 7257 bytes
