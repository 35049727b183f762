stub: upstream file of 20522 bytes
