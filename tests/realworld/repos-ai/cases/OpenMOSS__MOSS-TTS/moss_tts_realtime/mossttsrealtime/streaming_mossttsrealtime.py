stub: upstream file of 41091 bytes
