stub: upstream file of 10800 bytes
