stub: upstream file of 2008 bytes
