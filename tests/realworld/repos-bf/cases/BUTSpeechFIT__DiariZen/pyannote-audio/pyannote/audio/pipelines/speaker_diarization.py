stub: upstream file of 25103 bytes
