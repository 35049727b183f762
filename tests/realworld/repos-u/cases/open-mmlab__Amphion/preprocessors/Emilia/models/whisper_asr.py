stub: upstream file of 10909 bytes
