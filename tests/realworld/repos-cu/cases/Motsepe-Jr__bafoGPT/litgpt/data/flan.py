stub: upstream file of 6956 bytes
