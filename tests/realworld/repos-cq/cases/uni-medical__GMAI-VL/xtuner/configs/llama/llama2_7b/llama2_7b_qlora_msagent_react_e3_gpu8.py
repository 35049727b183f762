stub: upstream file of 8800 bytes
