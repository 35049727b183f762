stub: upstream file of 7222 bytes
