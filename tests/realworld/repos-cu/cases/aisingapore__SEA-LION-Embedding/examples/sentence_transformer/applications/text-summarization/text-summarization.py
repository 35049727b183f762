stub: upstream file of 6913 bytes
