stub: upstream file of 23522 bytes
