stub: upstream file of 320470 bytes
