stub: upstream file of 17700 bytes
