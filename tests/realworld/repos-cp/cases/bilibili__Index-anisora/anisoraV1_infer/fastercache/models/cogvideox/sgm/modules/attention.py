stub: upstream file of 20009 bytes
