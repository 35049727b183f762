stub: upstream file of 23424 bytes
