stub: upstream file of 5427 bytes
