stub: upstream file of 21097 bytes
