stub: upstream file of 19923 bytes
