stub: upstream file of 2013 bytes
