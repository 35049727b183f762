stub: upstream file of 11299 bytes
