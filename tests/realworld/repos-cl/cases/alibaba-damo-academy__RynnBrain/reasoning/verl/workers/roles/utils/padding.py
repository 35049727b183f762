stub: upstream file of 4913 bytes
