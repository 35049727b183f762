stub: upstream file of 9008 bytes
