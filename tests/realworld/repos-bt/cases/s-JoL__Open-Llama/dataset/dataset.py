stub: upstream file of 11401 bytes
