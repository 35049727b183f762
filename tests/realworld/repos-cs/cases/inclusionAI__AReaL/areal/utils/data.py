stub: upstream file of 62925 bytes
