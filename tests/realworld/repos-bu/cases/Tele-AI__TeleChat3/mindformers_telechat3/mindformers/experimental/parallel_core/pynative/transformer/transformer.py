stub: upstream file of 73268 bytes
