stub: upstream file of 15937 bytes
