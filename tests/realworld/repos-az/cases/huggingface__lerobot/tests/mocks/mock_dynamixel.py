stub: upstream file of 23013 bytes
