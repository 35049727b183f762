stub: upstream file of 2012 bytes
