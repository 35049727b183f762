stub: upstream file of 5312 bytes
