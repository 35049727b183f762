stub: upstream file of 13593 bytes
