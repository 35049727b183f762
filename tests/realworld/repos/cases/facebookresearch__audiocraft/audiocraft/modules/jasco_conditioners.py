stub: upstream file of 15257 bytes
