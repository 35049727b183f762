stub: upstream file of 2007 bytes
