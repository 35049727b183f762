stub: upstream file of 17414 bytes
