stub: upstream file of 9429 bytes
