stub: upstream file of 54209 bytes
