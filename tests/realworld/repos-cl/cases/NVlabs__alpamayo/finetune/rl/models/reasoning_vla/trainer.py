stub: upstream file of 19948 bytes
