stub: upstream file of 1710 bytes
