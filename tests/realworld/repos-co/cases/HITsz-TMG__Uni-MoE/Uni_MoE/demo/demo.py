stub: upstream file of 11681 bytes
