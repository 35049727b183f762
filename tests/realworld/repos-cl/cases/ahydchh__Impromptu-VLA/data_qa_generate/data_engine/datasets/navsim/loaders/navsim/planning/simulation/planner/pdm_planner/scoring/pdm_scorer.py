stub: upstream file of 23975 bytes
