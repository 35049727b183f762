stub: upstream file of 18958 bytes
