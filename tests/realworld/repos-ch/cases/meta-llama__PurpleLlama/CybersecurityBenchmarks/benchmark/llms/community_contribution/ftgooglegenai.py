stub: upstream file of 12863 bytes
