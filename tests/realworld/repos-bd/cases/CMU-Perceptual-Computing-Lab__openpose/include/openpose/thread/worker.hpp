stub: upstream file of 1951 bytes
