stub: upstream file of 31846 bytes
