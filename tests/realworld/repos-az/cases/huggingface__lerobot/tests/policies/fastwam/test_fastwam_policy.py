stub: upstream file of 17986 bytes
