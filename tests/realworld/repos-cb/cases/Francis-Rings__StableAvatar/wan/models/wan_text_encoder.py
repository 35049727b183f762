stub: upstream file of 13938 bytes
