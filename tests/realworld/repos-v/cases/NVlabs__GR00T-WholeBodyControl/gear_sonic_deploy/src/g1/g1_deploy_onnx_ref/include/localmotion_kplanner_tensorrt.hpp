stub: upstream file of 27012 bytes
