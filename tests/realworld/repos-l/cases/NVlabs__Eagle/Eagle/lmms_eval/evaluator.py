stub: upstream file of 25312 bytes
