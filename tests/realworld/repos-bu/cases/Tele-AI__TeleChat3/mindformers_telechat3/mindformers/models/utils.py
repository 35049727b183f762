stub: upstream file of 31640 bytes
