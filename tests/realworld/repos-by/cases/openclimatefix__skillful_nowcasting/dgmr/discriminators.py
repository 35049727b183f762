stub: upstream file of 9009 bytes
