stub: upstream file of 16079 bytes
