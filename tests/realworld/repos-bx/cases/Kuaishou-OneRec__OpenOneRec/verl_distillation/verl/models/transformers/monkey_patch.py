stub: upstream file of 20110 bytes
