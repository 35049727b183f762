stub: upstream file of 20846 bytes
