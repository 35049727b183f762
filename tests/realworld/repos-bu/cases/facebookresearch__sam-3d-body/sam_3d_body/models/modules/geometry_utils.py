stub: upstream file of 9106 bytes
