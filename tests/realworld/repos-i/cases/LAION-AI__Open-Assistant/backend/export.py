stub: upstream file of 15913 bytes
