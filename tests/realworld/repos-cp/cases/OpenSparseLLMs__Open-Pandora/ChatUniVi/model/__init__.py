stub: upstream file of 76 bytes
