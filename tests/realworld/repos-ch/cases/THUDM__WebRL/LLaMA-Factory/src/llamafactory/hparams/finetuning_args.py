stub: upstream file of 14962 bytes
