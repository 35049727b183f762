stub: upstream file of 10924 bytes
