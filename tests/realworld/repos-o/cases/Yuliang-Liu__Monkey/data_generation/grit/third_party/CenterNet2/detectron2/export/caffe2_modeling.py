stub: upstream file of 17034 bytes
