stub: upstream file of 28257 bytes
