stub: upstream file of 6541 bytes
