stub: upstream file of 10569 bytes
