stub: upstream file of 5925 bytes
