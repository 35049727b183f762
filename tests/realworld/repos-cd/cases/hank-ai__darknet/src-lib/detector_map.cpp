stub: upstream file of 43355 bytes
