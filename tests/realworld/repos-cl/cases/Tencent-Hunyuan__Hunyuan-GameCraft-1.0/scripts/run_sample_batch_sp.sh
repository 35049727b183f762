stub: upstream file of 1078 bytes
