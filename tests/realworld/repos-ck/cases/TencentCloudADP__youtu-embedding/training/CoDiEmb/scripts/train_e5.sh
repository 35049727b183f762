stub: upstream file of 2113 bytes
