stub: upstream file of 20312 bytes
