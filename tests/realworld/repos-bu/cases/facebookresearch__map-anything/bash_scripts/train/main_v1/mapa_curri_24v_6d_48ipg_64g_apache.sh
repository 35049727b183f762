stub: upstream file of 2004 bytes
