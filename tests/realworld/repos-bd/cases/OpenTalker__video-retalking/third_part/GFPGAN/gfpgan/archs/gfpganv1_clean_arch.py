stub: upstream file of 13625 bytes
