stub: upstream file of 13710 bytes
