stub: upstream file of 20120 bytes
