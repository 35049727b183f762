stub: upstream file of 47424 bytes
