stub: upstream file of 49913 bytes
